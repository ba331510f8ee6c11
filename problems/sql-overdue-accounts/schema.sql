CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  amount NUMERIC(10, 2) NOT NULL,
  due_on DATE NOT NULL
);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  amount NUMERIC(10, 2) NOT NULL,
  paid_on DATE NOT NULL
);
