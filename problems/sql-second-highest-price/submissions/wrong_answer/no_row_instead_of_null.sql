-- Returns no row at all (instead of one row holding NULL) when there is no second price.
SELECT DISTINCT price AS second_price
FROM products
ORDER BY price DESC
LIMIT 1 OFFSET 1;
