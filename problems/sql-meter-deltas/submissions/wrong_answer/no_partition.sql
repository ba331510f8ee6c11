SELECT meter_id,
       read_on,
       reading,
       reading - LAG(reading) OVER (ORDER BY meter_id, read_on) AS used
FROM meter_readings
ORDER BY meter_id, read_on;
