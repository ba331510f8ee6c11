CREATE TABLE meter_readings (
  id INTEGER PRIMARY KEY,
  meter_id INTEGER NOT NULL,
  read_on DATE NOT NULL,
  reading INTEGER NOT NULL,
  UNIQUE (meter_id, read_on)
);
