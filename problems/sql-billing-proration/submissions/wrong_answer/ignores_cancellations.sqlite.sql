WITH spans AS (
  SELECT account_id,
         plan_id,
         effective_on AS starts_on,
         LEAD(effective_on) OVER (PARTITION BY account_id ORDER BY effective_on) AS ends_on
  FROM plan_changes
  WHERE plan_id IS NOT NULL
),
march AS (
  SELECT s.account_id,
         p.monthly_price,
         MAX(s.starts_on, '2024-03-01') AS from_day,
         MIN(COALESCE(s.ends_on, '2024-04-01'), '2024-04-01') AS to_day
  FROM spans s
  JOIN plans p ON p.id = s.plan_id
),
days AS (
  SELECT account_id,
         monthly_price,
         CAST(julianday(to_day) - julianday(from_day) AS INTEGER) AS n
  FROM march
  WHERE to_day > from_day
)
SELECT account_id,
       SUM(n) AS plan_days,
       ROUND(SUM(monthly_price * n) / 31.0, 2) AS charge
FROM days
GROUP BY account_id
ORDER BY account_id;
