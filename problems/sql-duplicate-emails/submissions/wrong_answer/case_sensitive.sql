-- Groups by the address as stored, so Ada@Example.com and ada@example.com count separately.
SELECT LOWER(email) AS email, COUNT(*) AS accounts
FROM accounts
GROUP BY email
HAVING COUNT(*) > 1
ORDER BY accounts DESC, email;
