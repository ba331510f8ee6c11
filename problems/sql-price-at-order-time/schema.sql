CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name VARCHAR(60) NOT NULL
);

CREATE TABLE price_changes (
  product_id INTEGER NOT NULL REFERENCES products(id),
  effective_from DATE NOT NULL,
  price NUMERIC(10,2) NOT NULL,
  PRIMARY KEY (product_id, effective_from)
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  ordered_on DATE NOT NULL
);

CREATE TABLE order_items (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL
);
