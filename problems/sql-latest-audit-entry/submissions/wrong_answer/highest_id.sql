-- Ids follow insertion order, not the time of the event (entries arrive late).
SELECT a.user_id, a.action, a.resource, a.created_at
FROM audit_logs a
WHERE a.id = (SELECT MAX(b.id) FROM audit_logs b WHERE b.user_id = a.user_id)
ORDER BY a.user_id;
