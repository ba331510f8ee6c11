WITH counts AS (
  SELECT 1 AS stage, 'view' AS step, (SELECT COUNT(DISTINCT user_id) FROM events WHERE step = 'view') AS users
  UNION ALL SELECT 2, 'cart', (SELECT COUNT(DISTINCT user_id) FROM events WHERE step = 'cart')
  UNION ALL SELECT 3, 'checkout', (SELECT COUNT(DISTINCT user_id) FROM events WHERE step = 'checkout')
  UNION ALL SELECT 4, 'purchase', (SELECT COUNT(DISTINCT user_id) FROM events WHERE step = 'purchase')
)
SELECT stage, step, users,
       ROUND(CAST(100.0 * users / NULLIF(LAG(users) OVER (ORDER BY stage), 0) AS NUMERIC), 1) AS conversion_pct
FROM counts
ORDER BY stage;
