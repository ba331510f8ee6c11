WITH cohort_users AS (
  SELECT id,
         TO_CHAR(signed_up_on, 'YYYY-MM') AS cohort,
         EXTRACT(YEAR FROM signed_up_on) * 12 + EXTRACT(MONTH FROM signed_up_on) AS month_index
  FROM users
),
active_months AS (
  SELECT DISTINCT user_id,
         EXTRACT(YEAR FROM active_on) * 12 + EXTRACT(MONTH FROM active_on) AS month_index
  FROM activity
),
flags AS (
  SELECT u.id,
         u.cohort,
         MAX(CASE WHEN a.month_index = u.month_index + 1 THEN 1 ELSE 0 END) AS in_month_1,
         MAX(CASE WHEN a.month_index = u.month_index + 2 THEN 1 ELSE 0 END) AS in_month_2
  FROM cohort_users u
  LEFT JOIN active_months a ON a.user_id = u.id
  GROUP BY u.id, u.cohort
)
SELECT cohort,
       COUNT(*) AS users,
       SUM(in_month_1) AS active_month_1,
       SUM(in_month_2) AS active_month_2,
       ROUND(100.0 * SUM(in_month_1) / COUNT(*), 1) AS pct_month_1,
       ROUND(100.0 * SUM(in_month_2) / COUNT(*), 1) AS pct_month_2
FROM flags
GROUP BY cohort
ORDER BY cohort;
