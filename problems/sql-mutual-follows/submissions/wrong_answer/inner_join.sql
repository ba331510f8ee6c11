-- The inner join keeps only users who have at least one mutual.
SELECT u.handle, COUNT(*) AS mutuals
FROM users u
JOIN follows a ON a.follower_id = u.id
JOIN follows b
  ON b.follower_id = a.followee_id
 AND b.followee_id = a.follower_id
WHERE a.follower_id <> a.followee_id
GROUP BY u.id, u.handle
ORDER BY mutuals DESC, u.handle;
