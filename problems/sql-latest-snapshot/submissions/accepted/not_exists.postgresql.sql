SELECT s.customer_id, s.email, s.plan, s.synced_at
FROM customer_snapshots s
WHERE NOT EXISTS (
  SELECT 1
  FROM customer_snapshots n
  WHERE n.customer_id = s.customer_id
    AND (n.synced_at > s.synced_at OR (n.synced_at = s.synced_at AND n.id > s.id))
)
ORDER BY s.customer_id;
