WITH priced_items AS (
  SELECT i.order_id,
         i.quantity * (SELECT pc.price
                       FROM price_changes pc
                       WHERE pc.product_id = i.product_id
                         AND pc.effective_from <= o.ordered_on
                       ORDER BY pc.effective_from DESC
                       LIMIT 1) AS line_total
  FROM order_items i
  JOIN orders o ON o.id = i.order_id
)
SELECT o.id AS order_id, COALESCE(SUM(p.line_total), 0) AS total
FROM orders o
LEFT JOIN priced_items p ON p.order_id = o.id
GROUP BY o.id
ORDER BY o.id;
