-- Only looks for the second booking starting inside the first one. Ids are not in time order, so
-- a pair whose higher id starts earlier is missed.
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
  ON b.room_id = a.room_id
 AND a.id < b.id
 AND b.s >= a.s
 AND b.s < a.e
ORDER BY a.room_id, first_id, second_id;
