SELECT SUBSTR(CAST(o.ordered_on AS TEXT), 1, 7) AS month,
       COUNT(DISTINCT o.id) AS orders,
       SUM(o.amount) AS gross,
       COALESCE(SUM(r.amount), 0) AS refunded,
       SUM(o.amount) - COALESCE(SUM(r.amount), 0) AS net
FROM orders o
LEFT JOIN refunds r ON r.order_id = o.id
GROUP BY SUBSTR(CAST(o.ordered_on AS TEXT), 1, 7)
ORDER BY month;
