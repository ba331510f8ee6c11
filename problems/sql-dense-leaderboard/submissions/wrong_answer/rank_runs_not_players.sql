WITH scored AS (
  SELECT player, score, MAX(score) OVER (PARTITION BY player) AS best
  FROM runs
)
SELECT DENSE_RANK() OVER (ORDER BY score DESC) AS position,
       player,
       best
FROM scored
WHERE score = best
ORDER BY position, player;
