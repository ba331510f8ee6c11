-- Two orders in January and none in February also pass "at least two orders in Jan-Feb".
SELECT c.id, c.name
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.ordered_on >= '2024-01-01' AND o.ordered_on < '2024-03-01'
GROUP BY c.id, c.name
HAVING COUNT(*) >= 2
ORDER BY c.id;
