-- Deletes only the newest copy of each email: with three copies, one duplicate survives.
SELECT a.id
FROM accounts a
JOIN (SELECT email, MAX(created_at) AS newest, COUNT(*) AS copies
      FROM accounts GROUP BY email) g ON g.email = a.email
WHERE g.copies > 1 AND a.created_at = g.newest
ORDER BY a.id;
