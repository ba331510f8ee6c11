WITH on_hand AS (
  SELECT product_id, SUM(quantity) AS qty
  FROM stock_movements
  GROUP BY product_id
),
reserved AS (
  SELECT product_id, SUM(quantity) AS qty
  FROM reservations
  GROUP BY product_id
)
SELECT p.sku,
       COALESCE(m.qty, 0) AS on_hand,
       COALESCE(r.qty, 0) AS reserved,
       COALESCE(m.qty, 0) - COALESCE(r.qty, 0) AS available
FROM products p
LEFT JOIN on_hand m ON m.product_id = p.id
LEFT JOIN reserved r ON r.product_id = p.id
WHERE COALESCE(m.qty, 0) - COALESCE(r.qty, 0) < p.reorder_level
ORDER BY available, p.sku;
