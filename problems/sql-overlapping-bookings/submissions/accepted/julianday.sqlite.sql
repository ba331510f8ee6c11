-- Compares the timestamp strings directly (one fixed format, so text order is time order) and
-- measures the overlap with JULIANDAY, rounded to whole seconds before the minutes are taken.
SELECT a.room_id,
       a.id AS first_id,
       b.id AS second_id,
       CAST(ROUND((JULIANDAY(MIN(a.ends_at, b.ends_at))
                   - JULIANDAY(MAX(a.starts_at, b.starts_at))) * 86400) AS INTEGER) / 60 AS overlap_minutes
FROM bookings a
JOIN bookings b
  ON b.room_id = a.room_id
 AND b.id > a.id
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at
ORDER BY a.room_id, a.id, b.id;
