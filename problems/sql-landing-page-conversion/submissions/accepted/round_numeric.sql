SELECT landing_page,
       COUNT(*) AS sessions,
       SUM(converted) AS conversions,
       ROUND(CAST(100.0 * SUM(converted) / COUNT(*) AS NUMERIC), 2) AS conversion_pct
FROM sessions
GROUP BY landing_page
ORDER BY conversion_pct DESC, landing_page;
