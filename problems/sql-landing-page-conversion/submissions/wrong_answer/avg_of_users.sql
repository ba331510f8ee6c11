-- Counting distinct users instead of sessions (and losing anonymous sessions).
SELECT landing_page,
       COUNT(DISTINCT user_id) AS sessions,
       SUM(converted) AS conversions,
       ROUND(CAST(100.0 * SUM(converted) / COUNT(DISTINCT user_id) AS NUMERIC), 2) AS conversion_pct
FROM sessions
GROUP BY landing_page
ORDER BY conversion_pct DESC, landing_page;
