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
)
SELECT p.sku,
       m.qty AS on_hand,
       COALESCE(r.qty, 0) AS reserved,
       m.qty - COALESCE(r.qty, 0) AS available
FROM products p
LEFT JOIN on_hand m ON m.product_id = p.id
LEFT JOIN reserved r ON r.product_id = p.id
WHERE m.qty - COALESCE(r.qty, 0) < p.reorder_level
ORDER BY available, p.sku;
