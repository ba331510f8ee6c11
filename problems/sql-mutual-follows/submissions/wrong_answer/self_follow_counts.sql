-- A self-follow (u, u) is its own "back" follow, so it is counted as a mutual.
SELECT u.handle,
       COUNT(back.follower_id) AS mutuals
FROM users u
LEFT JOIN follows f ON f.follower_id = u.id
LEFT JOIN follows back
       ON back.follower_id = f.followee_id
      AND back.followee_id = u.id
GROUP BY u.id, u.handle
ORDER BY mutuals DESC, u.handle;
