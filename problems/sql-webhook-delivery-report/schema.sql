CREATE TABLE webhook_events (
  id INTEGER PRIMARY KEY,
  endpoint_id INTEGER NOT NULL,
  event_type VARCHAR(40) NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE delivery_attempts (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES webhook_events(id),
  attempt_no INTEGER NOT NULL,
  status_code INTEGER,
  attempted_at TIMESTAMP NOT NULL,
  UNIQUE (event_id, attempt_no)
);
