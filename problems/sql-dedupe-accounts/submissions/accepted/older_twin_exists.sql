SELECT a.id
FROM accounts a
WHERE EXISTS (
  SELECT 1
  FROM accounts b
  WHERE b.email = a.email
    AND (b.created_at < a.created_at OR (b.created_at = a.created_at AND b.id < a.id))
)
ORDER BY a.id;
