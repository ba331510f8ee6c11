SELECT sku, on_hand, reserved, on_hand - reserved AS available
FROM (
  SELECT p.sku,
         p.reorder_level,
         (SELECT COALESCE(SUM(m.quantity), 0)
            FROM stock_movements m
           WHERE m.product_id = p.id) AS on_hand,
         (SELECT COALESCE(SUM(r.quantity), 0)
            FROM reservations r
           WHERE r.product_id = p.id AND r.status = 'open') AS reserved
  FROM products p
) s
WHERE on_hand - reserved < reorder_level
ORDER BY available, sku;
