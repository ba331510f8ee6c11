CREATE TABLE feature_flags (
  id INTEGER PRIMARY KEY,
  name VARCHAR(60) NOT NULL UNIQUE,
  default_on INTEGER NOT NULL
);

CREATE TABLE flag_overrides (
  flag_id INTEGER NOT NULL REFERENCES feature_flags(id),
  environment VARCHAR(20) NOT NULL,
  enabled INTEGER,
  PRIMARY KEY (flag_id, environment)
);
