WITH line_refunds AS (
  SELECT line_id, SUM(amount) AS refunded
  FROM refunds
  GROUP BY line_id
),
per_product AS (
  SELECT l.product_id,
         SUM(l.quantity * l.unit_price) AS gross,
         SUM(COALESCE(r.refunded, 0)) AS refunded
  FROM order_lines l
  LEFT JOIN line_refunds r ON r.line_id = l.id
  GROUP BY l.product_id
)
SELECT p.id AS product_id,
       p.name,
       ROUND(CAST(COALESCE(pp.gross, 0) AS NUMERIC), 2) AS gross,
       ROUND(CAST(COALESCE(pp.refunded, 0) AS NUMERIC), 2) AS refunded,
       ROUND(CAST(COALESCE(pp.gross, 0) - COALESCE(pp.refunded, 0) AS NUMERIC), 2) AS net
FROM products p
LEFT JOIN per_product pp ON pp.product_id = p.id
ORDER BY net DESC, product_id;
