-- Without the paid_on filter, unpaid invoices form a group whose month is NULL.
SELECT STRFTIME('%Y-%m', paid_on) AS month,
       COUNT(*) AS invoices,
       SUM(amount) AS revenue
FROM invoices
GROUP BY STRFTIME('%Y-%m', paid_on)
ORDER BY month;
