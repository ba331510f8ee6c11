-- SUM over no rows is NULL, not 0.
SELECT c.id, c.name,
       COUNT(o.id) AS order_count,
       SUM(o.total) AS total_spent
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY total_spent DESC, c.id;
