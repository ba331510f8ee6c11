SELECT d.name AS department, e.name AS employee, e.salary
FROM (
  SELECT id, name, salary, department_id,
         DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
) e
JOIN departments d ON d.id = e.department_id
WHERE e.salary_rank <= 3
ORDER BY d.id, e.salary DESC, e.id;
