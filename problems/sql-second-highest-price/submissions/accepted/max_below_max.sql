SELECT MAX(price) AS second_price
FROM products
WHERE price < (SELECT MAX(price) FROM products);
