SELECT service,
       day,
       requests,
       ROUND(CAST(AVG(requests) OVER (PARTITION BY service ORDER BY day
                                      ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS NUMERIC), 2) AS moving_avg
FROM daily_requests
ORDER BY service, day;
