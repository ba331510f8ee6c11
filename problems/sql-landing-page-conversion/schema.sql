CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  user_id INTEGER,
  landing_page VARCHAR(40) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  converted INTEGER NOT NULL
);
