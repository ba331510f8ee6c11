-- Treats a missing manager as one earning 0, so every top-level employee is listed.
SELECT e.name AS employee, m.name AS manager
FROM employees e
LEFT JOIN employees m ON m.id = e.manager_id
WHERE e.salary > COALESCE(m.salary, 0)
ORDER BY e.id;
