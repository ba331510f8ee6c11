-- ROW_NUMBER keeps exactly three people per department, cutting people who tie on a salary.
SELECT d.name AS department, e.name AS employee, e.salary
FROM (
  SELECT id, name, salary, department_id,
         ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
  FROM employees
) e
JOIN departments d ON d.id = e.department_id
WHERE e.salary_rank <= 3
ORDER BY d.id, e.salary DESC, e.id;
