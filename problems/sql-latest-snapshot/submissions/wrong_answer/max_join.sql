SELECT s.customer_id, s.email, s.plan, s.synced_at
FROM customer_snapshots s
JOIN (SELECT customer_id, MAX(synced_at) AS latest
      FROM customer_snapshots
      GROUP BY customer_id) m
  ON m.customer_id = s.customer_id AND m.latest = s.synced_at
ORDER BY s.customer_id;
