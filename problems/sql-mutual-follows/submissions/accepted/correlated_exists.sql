SELECT u.handle,
       (SELECT COUNT(*)
          FROM follows f
         WHERE f.follower_id = u.id
           AND f.followee_id <> u.id
           AND EXISTS (SELECT 1
                         FROM follows back
                        WHERE back.follower_id = f.followee_id
                          AND back.followee_id = u.id)) AS mutuals
FROM users u
ORDER BY mutuals DESC, u.handle;
