SELECT k.id AS key_id,
       u.name AS owner,
       k.label,
       (SELECT MAX(r.requested_at) FROM requests r WHERE r.api_key_id = k.id) AS last_request
FROM api_keys k
JOIN users u ON u.id = k.user_id
ORDER BY k.id;
