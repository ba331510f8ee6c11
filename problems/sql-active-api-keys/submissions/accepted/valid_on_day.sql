SELECT id, owner, prefix
FROM api_keys
WHERE created_on <= '2024-06-30'
  AND (expires_on IS NULL OR expires_on > '2024-06-30')
  AND (revoked_on IS NULL OR revoked_on > '2024-06-30')
ORDER BY id;
