WITH gross AS (
  SELECT SUBSTR(CAST(ordered_on AS TEXT), 1, 7) AS month, COUNT(*) AS orders, SUM(amount) AS gross
  FROM orders
  GROUP BY SUBSTR(CAST(ordered_on AS TEXT), 1, 7)
), back AS (
  SELECT SUBSTR(CAST(refunded_on AS TEXT), 1, 7) AS month, SUM(amount) AS refunded
  FROM refunds
  GROUP BY SUBSTR(CAST(refunded_on AS TEXT), 1, 7)
)
SELECT g.month, g.orders, g.gross,
       COALESCE(b.refunded, 0) AS refunded,
       g.gross - COALESCE(b.refunded, 0) AS net
FROM gross g
LEFT JOIN back b ON b.month = g.month
ORDER BY g.month;
