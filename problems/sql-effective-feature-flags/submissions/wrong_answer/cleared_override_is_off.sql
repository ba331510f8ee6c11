-- An override row whose enabled is NULL should fall back to the default, not mean "off".
SELECT f.name AS flag,
       CASE WHEN (CASE WHEN o.flag_id IS NULL THEN f.default_on ELSE o.enabled END) = 1
            THEN 'on' ELSE 'off' END AS state
FROM feature_flags f
LEFT JOIN flag_overrides o
  ON o.flag_id = f.id AND o.environment = 'production'
ORDER BY f.id;
