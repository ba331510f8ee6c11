WITH per_event AS (
  SELECT e.id,
         e.endpoint_id,
         COUNT(a.id) AS attempts,
         SUM(CASE WHEN a.status_code >= 200 AND a.status_code <= 300 THEN 1 ELSE 0 END) AS successes
  FROM webhook_events e
  LEFT JOIN delivery_attempts a ON a.event_id = e.id
  GROUP BY e.id, e.endpoint_id
)
SELECT endpoint_id,
       COUNT(*) AS events,
       SUM(CASE WHEN successes > 0 THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN attempts > 0 AND successes = 0 THEN 1 ELSE 0 END) AS failing,
       SUM(CASE WHEN attempts = 0 THEN 1 ELSE 0 END) AS pending
FROM per_event
GROUP BY endpoint_id
ORDER BY endpoint_id;
