SELECT meter_id,
       read_on,
       reading,
       reading - LAG(reading) OVER (PARTITION BY meter_id ORDER BY read_on) AS used
FROM meter_readings
ORDER BY meter_id, read_on;
