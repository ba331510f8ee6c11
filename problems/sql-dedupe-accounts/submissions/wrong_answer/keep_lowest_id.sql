-- Assumes ids follow creation order; imported accounts break that.
SELECT id
FROM accounts
WHERE id NOT IN (SELECT MIN(id) FROM accounts GROUP BY email)
ORDER BY id;
