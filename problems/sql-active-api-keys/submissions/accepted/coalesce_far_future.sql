SELECT id, owner, prefix
FROM api_keys
WHERE created_on <= '2024-06-30'
  AND COALESCE(expires_on, '9999-12-31') > '2024-06-30'
  AND COALESCE(revoked_on, '9999-12-31') > '2024-06-30'
ORDER BY id;
