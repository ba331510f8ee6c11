-- Two entries at the latest instant both match MAX(created_at): the user appears twice.
SELECT a.user_id, a.action, a.resource, a.created_at
FROM audit_logs a
JOIN (SELECT user_id, MAX(created_at) AS latest FROM audit_logs GROUP BY user_id) m
  ON m.user_id = a.user_id AND m.latest = a.created_at
ORDER BY a.user_id;
