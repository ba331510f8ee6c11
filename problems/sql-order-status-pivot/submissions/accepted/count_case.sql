SELECT c.name,
       COUNT(CASE WHEN o.status = 'pending' THEN 1 END) AS pending,
       COUNT(CASE WHEN o.status = 'shipped' THEN 1 END) AS shipped,
       COUNT(CASE WHEN o.status = 'cancelled' THEN 1 END) AS cancelled
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id;
