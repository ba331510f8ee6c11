CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  amount NUMERIC(10,2) NOT NULL,
  issued_on DATE NOT NULL,
  paid_on DATE
);
