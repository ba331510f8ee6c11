SELECT c.id AS customer_id, c.name,
       COUNT(*) AS paid_invoices,
       SUM(i.amount) AS paid_total
FROM customers c
JOIN invoices i ON i.customer_id = c.id
WHERE i.status = 'paid'
GROUP BY c.id, c.name
HAVING COUNT(*) >= 2 AND SUM(i.amount) >= 500
ORDER BY paid_total DESC, customer_id;
