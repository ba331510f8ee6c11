SELECT c.id, c.name
FROM customers c
WHERE EXISTS (SELECT 1 FROM orders o
              WHERE o.customer_id = c.id
                AND o.ordered_on >= '2024-01-01' AND o.ordered_on < '2024-02-01')
  AND EXISTS (SELECT 1 FROM orders o
              WHERE o.customer_id = c.id
                AND o.ordered_on >= '2024-02-01' AND o.ordered_on < '2024-03-01')
ORDER BY c.id;
