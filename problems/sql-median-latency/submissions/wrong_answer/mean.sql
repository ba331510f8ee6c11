SELECT endpoint_id,
       COUNT(*) AS requests,
       AVG(ms) AS median_ms
FROM response_times
GROUP BY endpoint_id
ORDER BY endpoint_id;
