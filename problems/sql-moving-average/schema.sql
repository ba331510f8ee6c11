CREATE TABLE daily_requests (
  service VARCHAR(30) NOT NULL,
  day DATE NOT NULL,
  requests INTEGER NOT NULL,
  PRIMARY KEY (service, day)
);
