CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL,
  field VARCHAR(30) NOT NULL,
  old_value VARCHAR(60),
  new_value VARCHAR(60),
  changed_by VARCHAR(30) NOT NULL,
  changed_at TIMESTAMP NOT NULL
);
