WITH ordered AS (
  SELECT endpoint_id, ms,
         ROW_NUMBER() OVER (PARTITION BY endpoint_id ORDER BY ms) AS rn,
         COUNT(*) OVER (PARTITION BY endpoint_id) AS cnt
  FROM response_times
)
SELECT endpoint_id,
       MAX(cnt) AS requests,
       AVG(ms) AS median_ms
FROM ordered
WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2)
GROUP BY endpoint_id
ORDER BY endpoint_id;
