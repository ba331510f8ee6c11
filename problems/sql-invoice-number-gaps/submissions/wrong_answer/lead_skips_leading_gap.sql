WITH numbered AS (
  SELECT number,
         LEAD(number) OVER (ORDER BY number) AS following
  FROM invoices
)
SELECT number + 1 AS first_missing,
       following - 1 AS last_missing,
       following - number - 1 AS missing
FROM numbered
WHERE following > number + 1
ORDER BY first_missing;
