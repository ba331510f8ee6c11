WITH ranked AS (
  SELECT customer_id, email, plan, synced_at,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY id DESC) AS rn
  FROM customer_snapshots
)
SELECT customer_id, email, plan, synced_at
FROM ranked
WHERE rn = 1
ORDER BY customer_id;
