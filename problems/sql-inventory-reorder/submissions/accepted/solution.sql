WITH on_hand AS (
  SELECT product_id, SUM(quantity) AS qty
  FROM stock_movements
  GROUP BY product_id
),
reserved AS (
  SELECT product_id, SUM(quantity) AS qty
  FROM reservations
  WHERE status = 'open'
  GROUP BY product_id
),
stock AS (
  SELECT p.sku,
         p.reorder_level,
         COALESCE(m.qty, 0) AS on_hand,
         COALESCE(r.qty, 0) AS reserved
  FROM products p
  LEFT JOIN on_hand m ON m.product_id = p.id
  LEFT JOIN reserved r ON r.product_id = p.id
)
SELECT sku,
       on_hand,
       reserved,
       on_hand - reserved AS available
FROM stock
WHERE on_hand - reserved < reorder_level
ORDER BY available, sku;
