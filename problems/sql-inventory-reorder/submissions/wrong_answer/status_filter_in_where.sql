WITH on_hand AS (
  SELECT product_id, SUM(quantity) AS qty
  FROM stock_movements
  GROUP BY product_id
)
SELECT p.sku,
       COALESCE(m.qty, 0) AS on_hand,
       COALESCE(SUM(r.quantity), 0) AS reserved,
       COALESCE(m.qty, 0) - COALESCE(SUM(r.quantity), 0) AS available
FROM products p
LEFT JOIN on_hand m ON m.product_id = p.id
LEFT JOIN reservations r ON r.product_id = p.id
WHERE r.status = 'open'
GROUP BY p.id, p.sku, p.reorder_level, m.qty
HAVING COALESCE(m.qty, 0) - COALESCE(SUM(r.quantity), 0) < p.reorder_level
ORDER BY available, p.sku;
