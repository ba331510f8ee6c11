WITH cohort_users AS (
  SELECT id,
         TO_CHAR(signed_up_on, 'YYYY-MM') AS cohort,
         EXTRACT(YEAR FROM signed_up_on) * 12 + EXTRACT(MONTH FROM signed_up_on) AS month_index
  FROM users
),
events AS (
  SELECT user_id,
         EXTRACT(YEAR FROM active_on) * 12 + EXTRACT(MONTH FROM active_on) AS month_index
  FROM activity
)
SELECT u.cohort,
       COUNT(DISTINCT u.id) AS users,
       COUNT(CASE WHEN e.month_index = u.month_index + 1 THEN 1 END) AS active_month_1,
       COUNT(CASE WHEN e.month_index = u.month_index + 2 THEN 1 END) AS active_month_2,
       ROUND(100.0 * COUNT(CASE WHEN e.month_index = u.month_index + 1 THEN 1 END) / COUNT(DISTINCT u.id), 1) AS pct_month_1,
       ROUND(100.0 * COUNT(CASE WHEN e.month_index = u.month_index + 2 THEN 1 END) / COUNT(DISTINCT u.id), 1) AS pct_month_2
FROM cohort_users u
LEFT JOIN events e ON e.user_id = u.id
GROUP BY u.cohort
ORDER BY u.cohort;
