SELECT user_id, action, resource, created_at
FROM (
  SELECT user_id, action, resource, created_at,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC, id DESC) AS position
  FROM audit_logs
) ranked
WHERE position = 1
ORDER BY user_id;
