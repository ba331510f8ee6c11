-- Integer division truncates: 1 of 3 sessions becomes 33, not 33.33.
SELECT landing_page,
       COUNT(*) AS sessions,
       SUM(converted) AS conversions,
       100 * SUM(converted) / COUNT(*) AS conversion_pct
FROM sessions
GROUP BY landing_page
ORDER BY conversion_pct DESC, landing_page;
