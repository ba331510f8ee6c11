SELECT email FROM customers WHERE email IS NOT NULL
UNION
SELECT email FROM newsletter_subscribers;
