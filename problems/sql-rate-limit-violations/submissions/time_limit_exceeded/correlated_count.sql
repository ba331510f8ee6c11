WITH marked AS (
  SELECT r.id, r.client_id,
         CASE WHEN (SELECT COUNT(*)
                    FROM requests p
                    WHERE p.client_id = r.client_id
                      AND p.id < r.id
                      AND p.ts > r.ts - 60) >= 5
              THEN 1 ELSE 0 END AS rejected
  FROM requests r
)
SELECT client_id,
       SUM(rejected) AS rejected,
       MIN(CASE WHEN rejected = 1 THEN id END) AS first_rejected_id
FROM marked
GROUP BY client_id
HAVING SUM(rejected) > 0
ORDER BY client_id;
