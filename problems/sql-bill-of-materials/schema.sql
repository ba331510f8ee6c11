CREATE TABLE parts (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) NOT NULL
);

CREATE TABLE components (
  assembly_id INTEGER NOT NULL REFERENCES parts(id),
  part_id INTEGER NOT NULL REFERENCES parts(id),
  quantity INTEGER NOT NULL,
  PRIMARY KEY (assembly_id, part_id)
);
