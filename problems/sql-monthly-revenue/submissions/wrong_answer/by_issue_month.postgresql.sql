-- Revenue is booked when the money arrives (paid_on), not when the invoice is issued.
SELECT TO_CHAR(issued_on, 'YYYY-MM') AS month,
       COUNT(*) AS invoices,
       SUM(amount) AS revenue
FROM invoices
WHERE paid_on IS NOT NULL
GROUP BY TO_CHAR(issued_on, 'YYYY-MM')
ORDER BY month;
