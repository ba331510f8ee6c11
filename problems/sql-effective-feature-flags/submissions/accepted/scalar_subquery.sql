SELECT f.name AS flag,
       CASE WHEN COALESCE(
              (SELECT o.enabled FROM flag_overrides o
               WHERE o.flag_id = f.id AND o.environment = 'production'),
              f.default_on) = 1
            THEN 'on' ELSE 'off' END AS state
FROM feature_flags f
ORDER BY f.id;
