-- Customers without an email contribute a NULL "address".
SELECT email FROM customers
UNION
SELECT email FROM newsletter_subscribers;
