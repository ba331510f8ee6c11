SELECT record_id,
       field,
       MAX(new_value) AS current_value,
       MAX(changed_by) AS last_changed_by,
       COUNT(*) AS changes,
       COUNT(DISTINCT changed_by) AS editors
FROM audit_log
GROUP BY record_id, field
ORDER BY record_id, field;
