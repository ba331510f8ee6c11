SELECT (
  SELECT DISTINCT price FROM products ORDER BY price DESC LIMIT 1 OFFSET 1
) AS second_price;
