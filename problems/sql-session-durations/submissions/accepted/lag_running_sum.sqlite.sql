WITH secs AS (
  SELECT id, user_id, CAST(STRFTIME('%s', viewed_at) AS INTEGER) AS t
  FROM page_views
),
marked AS (
  SELECT id, user_id, t,
         CASE WHEN t - LAG(t) OVER w <= 1800 THEN 0 ELSE 1 END AS starts
  FROM secs
  WINDOW w AS (PARTITION BY user_id ORDER BY t, id)
),
numbered AS (
  SELECT user_id, t,
         SUM(starts) OVER (PARTITION BY user_id ORDER BY t, id
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session_no
  FROM marked
),
sessions AS (
  SELECT user_id, session_no, MAX(t) - MIN(t) AS seconds
  FROM numbered
  GROUP BY user_id, session_no
)
SELECT user_id,
       COUNT(*) AS sessions,
       ROUND(CAST(MAX(seconds) / 60.0 AS NUMERIC), 2) AS longest_minutes
FROM sessions
GROUP BY user_id
ORDER BY user_id;
