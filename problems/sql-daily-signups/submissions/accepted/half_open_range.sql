SELECT DATE(created_at) AS day, COUNT(*) AS signups
FROM users
WHERE created_at >= '2024-03-01' AND created_at < '2024-04-01'
GROUP BY DATE(created_at)
ORDER BY day;
