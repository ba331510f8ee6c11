CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  manager_id INTEGER REFERENCES employees(id)
);
