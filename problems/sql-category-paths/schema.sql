CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  parent_id INTEGER REFERENCES categories(id)
);
