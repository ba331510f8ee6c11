-- Two intervals overlap unless one ends before (or exactly when) the other starts.
SELECT a.room_id,
       a.id AS first_id,
       b.id AS second_id,
       CAST(FLOOR(EXTRACT(EPOCH FROM
              CASE WHEN a.ends_at < b.ends_at THEN a.ends_at ELSE b.ends_at END
            - CASE WHEN a.starts_at > b.starts_at THEN a.starts_at ELSE b.starts_at END) / 60) AS INTEGER)
         AS overlap_minutes
FROM bookings a, bookings b
WHERE a.room_id = b.room_id
  AND a.id < b.id
  AND NOT (a.ends_at <= b.starts_at OR b.ends_at <= a.starts_at)
ORDER BY 1, 2, 3;
