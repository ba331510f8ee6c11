CREATE TABLE audit_logs (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  action VARCHAR(40) NOT NULL,
  resource VARCHAR(60),
  created_at TIMESTAMP NOT NULL
);
