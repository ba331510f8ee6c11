SELECT endpoint_id,
       COUNT(*) AS requests,
       PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ms) AS median_ms
FROM response_times
GROUP BY endpoint_id
ORDER BY endpoint_id;
