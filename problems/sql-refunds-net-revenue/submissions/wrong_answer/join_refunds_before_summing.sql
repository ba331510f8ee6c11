SELECT p.id AS product_id,
       p.name,
       ROUND(CAST(COALESCE(SUM(l.quantity * l.unit_price), 0) AS NUMERIC), 2) AS gross,
       ROUND(CAST(COALESCE(SUM(r.amount), 0) AS NUMERIC), 2) AS refunded,
       ROUND(CAST(COALESCE(SUM(l.quantity * l.unit_price), 0) - COALESCE(SUM(r.amount), 0) AS NUMERIC), 2) AS net
FROM products p
LEFT JOIN order_lines l ON l.product_id = p.id
LEFT JOIN refunds r ON r.line_id = l.id
GROUP BY p.id, p.name
ORDER BY net DESC, product_id;
