CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  monthly_price NUMERIC(10,2) NOT NULL
);

CREATE TABLE plan_changes (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  plan_id INTEGER REFERENCES plans(id),
  effective_on DATE NOT NULL,
  UNIQUE (account_id, effective_on)
);
