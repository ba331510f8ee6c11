WITH RECURSIVE paths (id, breadcrumb, depth) AS (
  SELECT id, CAST(name AS TEXT), 1
  FROM categories
  WHERE parent_id IS NULL
  UNION ALL
  SELECT c.id, p.breadcrumb || ' > ' || c.name, p.depth + 1
  FROM categories c
  JOIN paths p ON c.parent_id = p.id
)
SELECT p.id, p.breadcrumb, p.depth
FROM paths p
WHERE p.id NOT IN (SELECT parent_id FROM categories WHERE parent_id IS NOT NULL)
ORDER BY p.id;
