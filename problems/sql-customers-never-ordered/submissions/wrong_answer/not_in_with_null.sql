-- NOT IN returns no rows at all as soon as one order has a NULL customer_id.
SELECT c.id, c.name
FROM customers c
WHERE c.id NOT IN (SELECT customer_id FROM orders)
ORDER BY c.id;
