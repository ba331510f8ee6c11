CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  email VARCHAR(100)
);

CREATE TABLE newsletter_subscribers (
  id INTEGER PRIMARY KEY,
  email VARCHAR(100) NOT NULL,
  subscribed_on DATE NOT NULL
);
