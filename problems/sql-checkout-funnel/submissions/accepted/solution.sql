WITH v AS (
  SELECT user_id, MIN(happened_at) AS at FROM events WHERE step = 'view' GROUP BY user_id
), c AS (
  SELECT e.user_id, MIN(e.happened_at) AS at
  FROM events e JOIN v ON v.user_id = e.user_id AND e.happened_at >= v.at
  WHERE e.step = 'cart' GROUP BY e.user_id
), k AS (
  SELECT e.user_id, MIN(e.happened_at) AS at
  FROM events e JOIN c ON c.user_id = e.user_id AND e.happened_at >= c.at
  WHERE e.step = 'checkout' GROUP BY e.user_id
), p AS (
  SELECT e.user_id, MIN(e.happened_at) AS at
  FROM events e JOIN k ON k.user_id = e.user_id AND e.happened_at >= k.at
  WHERE e.step = 'purchase' GROUP BY e.user_id
), counts AS (
  SELECT 1 AS stage, 'view' AS step, (SELECT COUNT(*) FROM v) AS users
  UNION ALL SELECT 2, 'cart', (SELECT COUNT(*) FROM c)
  UNION ALL SELECT 3, 'checkout', (SELECT COUNT(*) FROM k)
  UNION ALL SELECT 4, 'purchase', (SELECT COUNT(*) FROM p)
)
SELECT stage, step, users,
       ROUND(CAST(100.0 * users / NULLIF(LAG(users) OVER (ORDER BY stage), 0) AS NUMERIC), 1) AS conversion_pct
FROM counts
ORDER BY stage;
