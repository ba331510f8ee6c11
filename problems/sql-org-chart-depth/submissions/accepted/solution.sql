WITH RECURSIVE chain (id, name, depth, head) AS (
  SELECT id, name, 0, name
  FROM employees
  WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.name, c.depth + 1, c.head
  FROM employees e
  JOIN chain c ON e.manager_id = c.id
)
SELECT id, name, depth, head
FROM chain
ORDER BY id;
