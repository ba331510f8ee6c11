WITH line_refunds AS (
  SELECT line_id, SUM(amount) AS refunded
  FROM refunds
  GROUP BY line_id
)
SELECT p.id AS product_id,
       p.name,
       ROUND(CAST(SUM(l.quantity * l.unit_price) AS NUMERIC), 2) AS gross,
       ROUND(CAST(SUM(COALESCE(r.refunded, 0)) AS NUMERIC), 2) AS refunded,
       ROUND(CAST(SUM(l.quantity * l.unit_price) - SUM(COALESCE(r.refunded, 0)) AS NUMERIC), 2) AS net
FROM products p
JOIN order_lines l ON l.product_id = p.id
LEFT JOIN line_refunds r ON r.line_id = l.id
GROUP BY p.id, p.name
ORDER BY net DESC, product_id;
