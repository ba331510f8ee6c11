CREATE TABLE customer_snapshots (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  email VARCHAR(80) NOT NULL,
  plan VARCHAR(20),
  synced_at TIMESTAMP NOT NULL
);
