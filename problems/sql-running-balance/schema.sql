CREATE TABLE ledger_entries (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  amount NUMERIC(12, 2) NOT NULL
);
