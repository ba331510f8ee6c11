-- Only a gap OVER 30 minutes starts a new session; a gap of exactly 30 minutes continues it.
WITH marked AS (
  SELECT id, user_id, viewed_at,
         CASE WHEN viewed_at - LAG(viewed_at) OVER w < INTERVAL '30 minutes' THEN 0 ELSE 1 END AS starts
  FROM page_views
  WINDOW w AS (PARTITION BY user_id ORDER BY viewed_at, id)
),
numbered AS (
  SELECT user_id, viewed_at,
         SUM(starts) OVER (PARTITION BY user_id ORDER BY viewed_at, id
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session_no
  FROM marked
),
sessions AS (
  SELECT user_id, session_no,
         EXTRACT(EPOCH FROM MAX(viewed_at) - MIN(viewed_at)) AS seconds
  FROM numbered
  GROUP BY user_id, session_no
)
SELECT user_id,
       COUNT(*) AS sessions,
       ROUND(CAST(MAX(seconds) / 60 AS NUMERIC), 2) AS longest_minutes
FROM sessions
GROUP BY user_id
ORDER BY user_id;
