WITH days AS (
  SELECT user_id, CAST(login_at AS DATE) AS day
  FROM logins
), islands AS (
  SELECT user_id, day,
         day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER) AS island
  FROM days
), streaks AS (
  SELECT user_id, MIN(day) AS streak_start, COUNT(*) AS streak_len
  FROM islands
  GROUP BY user_id, island
), best AS (
  SELECT user_id, streak_start, streak_len,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_len DESC, streak_start) AS rn
  FROM streaks
)
SELECT user_id, streak_len AS longest_streak, streak_start
FROM best
WHERE rn = 1
ORDER BY longest_streak DESC, user_id;
