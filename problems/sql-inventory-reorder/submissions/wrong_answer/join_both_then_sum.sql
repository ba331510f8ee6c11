SELECT p.sku,
       COALESCE(SUM(m.quantity), 0) AS on_hand,
       COALESCE(SUM(r.quantity), 0) AS reserved,
       COALESCE(SUM(m.quantity), 0) - COALESCE(SUM(r.quantity), 0) AS available
FROM products p
LEFT JOIN stock_movements m ON m.product_id = p.id
LEFT JOIN reservations r ON r.product_id = p.id AND r.status = 'open'
GROUP BY p.id, p.sku, p.reorder_level
HAVING COALESCE(SUM(m.quantity), 0) - COALESCE(SUM(r.quantity), 0) < p.reorder_level
ORDER BY available, p.sku;
