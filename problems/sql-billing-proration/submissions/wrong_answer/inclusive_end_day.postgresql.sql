WITH spans AS (
  SELECT account_id,
         plan_id,
         effective_on AS starts_on,
         LEAD(effective_on) OVER (PARTITION BY account_id ORDER BY effective_on) AS ends_on
  FROM plan_changes
),
march AS (
  SELECT s.account_id,
         p.monthly_price,
         GREATEST(s.starts_on, DATE '2024-03-01') AS from_day,
         LEAST(COALESCE(s.ends_on, DATE '2024-03-31'), DATE '2024-03-31') AS to_day
  FROM spans s
  JOIN plans p ON p.id = s.plan_id
)
SELECT account_id,
       SUM(to_day - from_day + 1) AS plan_days,
       ROUND(SUM(monthly_price * (to_day - from_day + 1)) / 31, 2) AS charge
FROM march
WHERE to_day >= from_day
GROUP BY account_id
ORDER BY account_id;
