CREATE TABLE response_times (
  id INTEGER PRIMARY KEY,
  endpoint_id INTEGER NOT NULL,
  ms INTEGER NOT NULL
);
