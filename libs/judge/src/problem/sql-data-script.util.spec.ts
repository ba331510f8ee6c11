import { describe, expect, it } from 'vitest';
import { checkCustomSqlDataScript, checkSqlDataScript } from './sql-data-script.util';

describe('checkSqlDataScript (a problem test)', () => {
  it('takes INSERT statements, comments and an empty script', () => {
    expect(
      checkSqlDataScript("-- two rows\nINSERT INTO t (a, b) VALUES (1, 'x;y');\nINSERT INTO t VALUES (2, NULL);"),
    ).toBeUndefined();
    expect(checkSqlDataScript('')).toBeUndefined();
  });
  it('refuses anything else, naming the statement', () => {
    expect(checkSqlDataScript('INSERT INTO t VALUES (1); DELETE FROM t;')).toMatch(/statement 2 is not an INSERT/);
    expect(checkSqlDataScript("INSERT INTO t VALUES ('x)")).toMatch(/not closed/);
  });
});

describe("checkCustomSqlDataScript (a candidate's custom input)", () => {
  it('takes INSERT INTO ... VALUES with literal values', () => {
    expect(
      checkCustomSqlDataScript(
        "INSERT INTO employee (id, name, salary) VALUES (1, 'O''Brien', -12.50), (2, 'x', NULL);\ninsert into \"Dept\" values (1, TRUE, 1e3);",
      ),
    ).toBeUndefined();
  });
  it('refuses expressions, function calls, subqueries and other statements', () => {
    expect(checkCustomSqlDataScript("INSERT INTO t VALUES (pg_read_file('/etc/passwd'))")).toMatch(/literals/);
    expect(checkCustomSqlDataScript('INSERT INTO t SELECT a FROM u')).toMatch(/VALUES/);
    expect(checkCustomSqlDataScript('INSERT INTO t VALUES ((SELECT 1))')).toMatch(/literals/);
    expect(checkCustomSqlDataScript('INSERT INTO t VALUES (1 + 1)')).toMatch(/not closed/);
    expect(checkCustomSqlDataScript("COPY t FROM PROGRAM 'id'")).toMatch(/statement 1: only INSERT INTO/);
    expect(checkCustomSqlDataScript('INSERT INTO t VALUES (1); DROP TABLE t')).toMatch(/statement 2/);
    expect(checkCustomSqlDataScript('INSERT INTO t VALUES (1) RETURNING id')).toMatch(/after VALUES/);
  });
});
