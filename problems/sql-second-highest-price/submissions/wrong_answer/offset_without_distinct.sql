-- Without DISTINCT, two products sharing the top price make the top price "second".
SELECT (
  SELECT price FROM products ORDER BY price DESC LIMIT 1 OFFSET 1
) AS second_price;
