SELECT c.id, c.name
FROM customers c
WHERE c.id IN (
  SELECT customer_id FROM orders WHERE ordered_on >= '2024-01-01' AND ordered_on < '2024-02-01'
  INTERSECT
  SELECT customer_id FROM orders WHERE ordered_on >= '2024-02-01' AND ordered_on < '2024-03-01'
)
ORDER BY c.id;
