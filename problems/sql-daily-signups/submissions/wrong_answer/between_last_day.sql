-- BETWEEN ... AND '2024-03-31' stops at midnight: signups later on March 31 are lost.
SELECT DATE(created_at) AS day, COUNT(*) AS signups
FROM users
WHERE created_at BETWEEN '2024-03-01' AND '2024-03-31'
GROUP BY DATE(created_at)
ORDER BY day;
