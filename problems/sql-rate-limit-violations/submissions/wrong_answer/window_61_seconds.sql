WITH marked AS (
  SELECT id, client_id,
         CASE WHEN ts - LAG(ts, 5) OVER (PARTITION BY client_id ORDER BY id) <= 60
              THEN 1 ELSE 0 END AS rejected
  FROM requests
)
SELECT client_id,
       SUM(rejected) AS rejected,
       MIN(CASE WHEN rejected = 1 THEN id END) AS first_rejected_id
FROM marked
GROUP BY client_id
HAVING SUM(rejected) > 0
ORDER BY client_id;
