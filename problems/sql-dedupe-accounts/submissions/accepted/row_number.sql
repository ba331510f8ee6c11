SELECT id
FROM (
  SELECT id,
         ROW_NUMBER() OVER (PARTITION BY email ORDER BY created_at, id) AS position
  FROM accounts
) ranked
WHERE position > 1
ORDER BY id;
