SELECT e.id,
       e.name,
       CASE WHEN e.manager_id IS NULL THEN 0
            WHEN m.manager_id IS NULL THEN 1
            ELSE 2 END AS depth,
       CASE WHEN e.manager_id IS NULL THEN e.name
            WHEN m.manager_id IS NULL THEN m.name
            ELSE g.name END AS head
FROM employees e
LEFT JOIN employees m ON m.id = e.manager_id
LEFT JOIN employees g ON g.id = m.manager_id
ORDER BY e.id;
