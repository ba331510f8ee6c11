-- Uses <= in the overlap test: a booking that ends exactly when the next one starts is reported
-- as a 0-minute overlap, although the intervals are half-open and only touch.
SELECT a.room_id,
       a.id AS first_id,
       b.id AS second_id,
       CAST(FLOOR(EXTRACT(EPOCH FROM LEAST(a.ends_at, b.ends_at)
                                   - GREATEST(a.starts_at, b.starts_at)) / 60) AS INTEGER) AS overlap_minutes
FROM bookings a
JOIN bookings b
  ON b.room_id = a.room_id
 AND a.id < b.id
 AND a.starts_at <= b.ends_at
 AND b.starts_at <= a.ends_at
ORDER BY a.room_id, first_id, second_id;
