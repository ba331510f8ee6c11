WITH ranked AS (
  SELECT record_id, field, new_value, changed_by,
         ROW_NUMBER() OVER (PARTITION BY record_id, field ORDER BY changed_at DESC, id DESC) AS rn,
         COUNT(*) OVER (PARTITION BY record_id, field) AS changes
  FROM audit_log
), editors AS (
  SELECT record_id, field, COUNT(DISTINCT changed_by) AS editors
  FROM audit_log
  GROUP BY record_id, field
)
SELECT r.record_id,
       r.field,
       r.new_value AS current_value,
       r.changed_by AS last_changed_by,
       r.changes,
       e.editors
FROM ranked r
JOIN editors e ON e.record_id = r.record_id AND e.field = r.field
WHERE r.rn = 1
ORDER BY r.record_id, r.field;
