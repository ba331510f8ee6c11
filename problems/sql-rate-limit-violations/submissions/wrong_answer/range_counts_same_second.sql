WITH counted AS (
  SELECT id, client_id,
         COUNT(*) OVER (PARTITION BY client_id ORDER BY ts RANGE BETWEEN 59 PRECEDING AND CURRENT ROW) AS in_window
  FROM requests
)
SELECT client_id,
       SUM(CASE WHEN in_window > 5 THEN 1 ELSE 0 END) AS rejected,
       MIN(CASE WHEN in_window > 5 THEN id END) AS first_rejected_id
FROM counted
GROUP BY client_id
HAVING SUM(CASE WHEN in_window > 5 THEN 1 ELSE 0 END) > 0
ORDER BY client_id;
