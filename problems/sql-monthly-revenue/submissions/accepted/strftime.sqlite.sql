SELECT STRFTIME('%Y-%m', paid_on) AS month,
       COUNT(*) AS invoices,
       SUM(amount) AS revenue
FROM invoices
WHERE paid_on IS NOT NULL
GROUP BY STRFTIME('%Y-%m', paid_on)
ORDER BY month;
