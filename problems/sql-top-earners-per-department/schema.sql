CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  name VARCHAR(50) NOT NULL
);

CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  salary INTEGER NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id)
);
