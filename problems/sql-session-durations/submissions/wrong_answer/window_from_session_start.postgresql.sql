-- Cuts the day into 30-minute blocks from the user's first view instead of measuring the gap to
-- the previous view: a long session with short gaps is split, two views 5 minutes apart can land
-- in different blocks.
WITH numbered AS (
  SELECT user_id, viewed_at,
         FLOOR(EXTRACT(EPOCH FROM viewed_at - MIN(viewed_at) OVER (PARTITION BY user_id)) / 1800) AS session_no
  FROM page_views
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
