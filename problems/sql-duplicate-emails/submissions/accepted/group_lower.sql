SELECT LOWER(email) AS email, COUNT(*) AS accounts
FROM accounts
GROUP BY LOWER(email)
HAVING COUNT(*) > 1
ORDER BY accounts DESC, email;
