WITH refund_totals AS (
  SELECT order_id, SUM(amount) AS refunded
  FROM refunds
  GROUP BY order_id
)
SELECT SUBSTR(CAST(o.ordered_on AS TEXT), 1, 7) AS month,
       COUNT(*) AS orders,
       SUM(o.amount) AS gross,
       COALESCE(SUM(r.refunded), 0) AS refunded,
       SUM(o.amount) - COALESCE(SUM(r.refunded), 0) AS net
FROM orders o
LEFT JOIN refund_totals r ON r.order_id = o.id
GROUP BY SUBSTR(CAST(o.ordered_on AS TEXT), 1, 7)
ORDER BY month;
