SELECT TO_CHAR(paid_on, 'YYYY-MM') AS month,
       COUNT(*) AS invoices,
       SUM(amount) AS revenue
FROM invoices
WHERE paid_on IS NOT NULL
GROUP BY TO_CHAR(paid_on, 'YYYY-MM')
ORDER BY month;
