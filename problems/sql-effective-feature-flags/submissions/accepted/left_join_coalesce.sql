SELECT f.name AS flag,
       CASE WHEN COALESCE(o.enabled, f.default_on) = 1 THEN 'on' ELSE 'off' END AS state
FROM feature_flags f
LEFT JOIN flag_overrides o
  ON o.flag_id = f.id AND o.environment = 'production'
ORDER BY f.id;
