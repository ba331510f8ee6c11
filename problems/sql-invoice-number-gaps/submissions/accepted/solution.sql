WITH numbered AS (
  SELECT number,
         LAG(number, 1, 0) OVER (ORDER BY number) AS previous
  FROM invoices
)
SELECT previous + 1 AS first_missing,
       number - 1 AS last_missing,
       number - previous - 1 AS missing
FROM numbered
WHERE number > previous + 1
ORDER BY first_missing;
