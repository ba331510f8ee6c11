-- Forgets that only bookings of the same room can clash: two rooms booked at the same time are
-- reported as a conflict.
WITH secs AS (
  SELECT id, room_id,
         CAST(STRFTIME('%s', starts_at) AS INTEGER) AS s,
         CAST(STRFTIME('%s', ends_at) AS INTEGER) AS e
  FROM bookings
)
SELECT a.room_id,
       a.id AS first_id,
       b.id AS second_id,
       (MIN(a.e, b.e) - MAX(a.s, b.s)) / 60 AS overlap_minutes
FROM secs a
JOIN secs b
  ON a.id < b.id
 AND a.s < b.e
 AND b.s < a.e
ORDER BY a.room_id, first_id, second_id;
