SELECT DISTINCT ON (customer_id) customer_id, email, plan, synced_at
FROM customer_snapshots
ORDER BY customer_id, synced_at DESC, id DESC;
