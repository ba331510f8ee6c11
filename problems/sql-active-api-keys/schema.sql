CREATE TABLE api_keys (
  id INTEGER PRIMARY KEY,
  owner VARCHAR(50) NOT NULL,
  prefix VARCHAR(12) NOT NULL UNIQUE,
  created_on DATE NOT NULL,
  expires_on DATE,
  revoked_on DATE
);
