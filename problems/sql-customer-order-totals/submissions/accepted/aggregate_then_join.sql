SELECT c.id, c.name,
       COALESCE(t.order_count, 0) AS order_count,
       COALESCE(t.total_spent, 0) AS total_spent
FROM customers c
LEFT JOIN (
  SELECT customer_id, COUNT(*) AS order_count, SUM(total) AS total_spent
  FROM orders
  GROUP BY customer_id
) t ON t.customer_id = c.id
ORDER BY total_spent DESC, c.id;
