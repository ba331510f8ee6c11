-- COUNT counts every non-NULL value, and 0 is not NULL: each column counts all orders.
SELECT c.name,
       COUNT(CASE WHEN o.status = 'pending' THEN 1 ELSE 0 END) AS pending,
       COUNT(CASE WHEN o.status = 'shipped' THEN 1 ELSE 0 END) AS shipped,
       COUNT(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id;
