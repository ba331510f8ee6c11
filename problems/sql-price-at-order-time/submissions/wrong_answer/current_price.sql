-- Uses today's price (the latest change) instead of the price on the order date.
SELECT o.id AS order_id,
       COALESCE(SUM(i.quantity * pc.price), 0) AS total
FROM orders o
LEFT JOIN order_items i ON i.order_id = o.id
LEFT JOIN price_changes pc
  ON pc.product_id = i.product_id
 AND pc.effective_from = (SELECT MAX(p2.effective_from)
                          FROM price_changes p2
                          WHERE p2.product_id = i.product_id)
GROUP BY o.id
ORDER BY o.id;
