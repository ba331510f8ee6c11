WITH paid AS (
  SELECT invoice_id, SUM(amount) AS paid
  FROM payments
  WHERE paid_on <= DATE '2024-06-30'
  GROUP BY invoice_id
), overdue AS (
  SELECT i.account_id, i.due_on, i.amount - COALESCE(p.paid, 0) AS remaining
  FROM invoices i
  LEFT JOIN paid p ON p.invoice_id = i.id
  WHERE i.due_on < DATE '2024-06-30'
    AND i.amount - COALESCE(p.paid, 0) > 0
)
SELECT account_id,
       COUNT(*) AS overdue_invoices,
       SUM(remaining) AS outstanding,
       DATE '2024-06-30' - MIN(due_on) AS days_overdue
FROM overdue
GROUP BY account_id
ORDER BY outstanding DESC, account_id;
