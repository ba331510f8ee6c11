WITH mutual_pairs AS (
  SELECT a.follower_id AS user_id, COUNT(*) AS n
  FROM follows a
  JOIN follows b
    ON b.follower_id = a.followee_id
   AND b.followee_id = a.follower_id
  WHERE a.follower_id <> a.followee_id
  GROUP BY a.follower_id
)
SELECT u.handle,
       COALESCE(m.n, 0) AS mutuals
FROM users u
LEFT JOIN mutual_pairs m ON m.user_id = u.id
ORDER BY mutuals DESC, u.handle;
