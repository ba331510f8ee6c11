-- RANK leaves gaps after ties (1, 1, 3), so the third distinct salary can rank 4th and be cut.
SELECT d.name AS department, e.name AS employee, e.salary
FROM (
  SELECT id, name, salary, department_id,
         RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
) e
JOIN departments d ON d.id = e.department_id
WHERE e.salary_rank <= 3
ORDER BY d.id, e.salary DESC, e.id;
