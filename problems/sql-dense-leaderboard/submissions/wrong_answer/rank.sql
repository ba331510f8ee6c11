WITH best AS (
  SELECT player, MAX(score) AS best
  FROM runs
  GROUP BY player
)
SELECT RANK() OVER (ORDER BY best DESC) AS position,
       player,
       best
FROM best
ORDER BY position, player;
