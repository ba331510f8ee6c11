WITH last_attempt AS (
  SELECT event_id, status_code,
         ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY attempt_no DESC) AS rn
  FROM delivery_attempts
)
SELECT e.endpoint_id,
       COUNT(*) AS events,
       SUM(CASE WHEN l.status_code BETWEEN 200 AND 299 THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN l.event_id IS NOT NULL AND (l.status_code IS NULL OR l.status_code NOT BETWEEN 200 AND 299)
                THEN 1 ELSE 0 END) AS failing,
       SUM(CASE WHEN l.event_id IS NULL THEN 1 ELSE 0 END) AS pending
FROM webhook_events e
LEFT JOIN last_attempt l ON l.event_id = e.id AND l.rn = 1
GROUP BY e.endpoint_id
ORDER BY e.endpoint_id;
