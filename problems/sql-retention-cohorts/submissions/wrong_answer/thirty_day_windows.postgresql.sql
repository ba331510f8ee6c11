WITH flags AS (
  SELECT u.id,
         TO_CHAR(u.signed_up_on, 'YYYY-MM') AS cohort,
         MAX(CASE WHEN a.active_on - u.signed_up_on BETWEEN 30 AND 59 THEN 1 ELSE 0 END) AS in_month_1,
         MAX(CASE WHEN a.active_on - u.signed_up_on BETWEEN 60 AND 89 THEN 1 ELSE 0 END) AS in_month_2
  FROM users u
  LEFT JOIN activity a ON a.user_id = u.id
  GROUP BY u.id, u.signed_up_on
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
