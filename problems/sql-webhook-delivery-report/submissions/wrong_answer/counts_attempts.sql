SELECT e.endpoint_id,
       COUNT(*) AS events,
       SUM(CASE WHEN a.status_code BETWEEN 200 AND 299 THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN a.id IS NOT NULL AND (a.status_code IS NULL OR a.status_code NOT BETWEEN 200 AND 299)
                THEN 1 ELSE 0 END) AS failing,
       SUM(CASE WHEN a.id IS NULL THEN 1 ELSE 0 END) AS pending
FROM webhook_events e
LEFT JOIN delivery_attempts a ON a.event_id = e.id
GROUP BY e.endpoint_id
ORDER BY e.endpoint_id;
