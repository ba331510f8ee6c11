-- Keeping only pairs with follower_id < followee_id removes the double count of the pair
-- table, but then each mutual relationship is credited to the user with the smaller id only.
SELECT u.handle,
       COUNT(b.follower_id) AS mutuals
FROM users u
LEFT JOIN follows a
       ON a.follower_id = u.id
      AND a.follower_id < a.followee_id
LEFT JOIN follows b
       ON b.follower_id = a.followee_id
      AND b.followee_id = a.follower_id
GROUP BY u.id, u.handle
ORDER BY mutuals DESC, u.handle;
