SELECT a.user_id, a.action, a.resource, a.created_at
FROM audit_logs a
WHERE NOT EXISTS (
  SELECT 1
  FROM audit_logs b
  WHERE b.user_id = a.user_id
    AND (b.created_at > a.created_at OR (b.created_at = a.created_at AND b.id > a.id))
)
ORDER BY a.user_id;
