-- UNION ALL keeps an address once per appearance.
SELECT email FROM customers WHERE email IS NOT NULL
UNION ALL
SELECT email FROM newsletter_subscribers;
