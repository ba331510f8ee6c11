-- Counts reciprocated follow rows that touch the user in either direction: every mutual
-- relationship has two such rows, so each one is counted twice.
SELECT u.handle,
       COUNT(f.follower_id) AS mutuals
FROM users u
LEFT JOIN follows f
       ON (f.follower_id = u.id OR f.followee_id = u.id)
      AND f.follower_id <> f.followee_id
      AND EXISTS (SELECT 1
                    FROM follows r
                   WHERE r.follower_id = f.followee_id
                     AND r.followee_id = f.follower_id)
GROUP BY u.id, u.handle
ORDER BY mutuals DESC, u.handle;
