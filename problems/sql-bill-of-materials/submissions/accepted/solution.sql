WITH RECURSIVE explode (product_id, part_id, quantity) AS (
  SELECT c.assembly_id, c.part_id, c.quantity
  FROM components c
  WHERE c.assembly_id NOT IN (SELECT part_id FROM components)
  UNION ALL
  SELECT e.product_id, c.part_id, e.quantity * c.quantity
  FROM explode e
  JOIN components c ON c.assembly_id = e.part_id
)
SELECT product_id, part_id, SUM(quantity) AS quantity
FROM explode
WHERE part_id NOT IN (SELECT assembly_id FROM components)
GROUP BY product_id, part_id
ORDER BY product_id, part_id;
