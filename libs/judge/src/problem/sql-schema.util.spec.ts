import { describe, expect, it } from 'vitest';
import { generateSqlStarter } from '../starter/generate-sql-starter';
import { parseSqlDataRows, parseSqlSchema, sqlProblemDto } from './sql-schema.util';
import { parseSqlBlock, sqlSubmissionDialects } from './sql-spec.util';

const SCHEMA = `
CREATE TABLE department (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE);
CREATE TABLE employee (
  id INTEGER NOT NULL,
  department_id INTEGER REFERENCES department(id),
  salary NUMERIC(10,2) DEFAULT 0,
  ratio DOUBLE PRECISION,
  hired DATE,
  seen TIMESTAMP,
  active BOOLEAN,
  big BIGINT,
  note TEXT,
  PRIMARY KEY (id)
);`;

describe('parseSqlSchema', () => {
  it('reads tables, columns with their declared types, keys and references (the portable subset)', () => {
    const [department, employee] = parseSqlSchema(SCHEMA);
    expect(department).toEqual({
      name: 'department',
      columns: [
        { name: 'id', type: 'INTEGER', primaryKey: true },
        { name: 'name', type: 'VARCHAR(40)' },
      ],
      sampleRows: [],
    });
    expect(employee.columns.map((c) => c.type)).toEqual([
      'INTEGER',
      'INTEGER',
      'NUMERIC(10,2)',
      'DOUBLE PRECISION',
      'DATE',
      'TIMESTAMP',
      'BOOLEAN',
      'BIGINT',
      'TEXT',
    ]);
    expect(employee.columns[0]).toMatchObject({ name: 'id', primaryKey: true });
    expect(employee.columns[1]).toMatchObject({ name: 'department_id', references: 'department.id' });
  });
  it('refuses what is not CREATE TABLE', () => {
    expect(() => parseSqlSchema('DROP TABLE x;')).toThrow(/CREATE TABLE statements only/);
    expect(() => parseSqlSchema('CREATE TABLE (')).toThrow(/does not parse/);
  });
});

describe('sqlProblemDto', () => {
  it("puts the first sample's rows under their tables, in column order", () => {
    const dto = sqlProblemDto(
      { schema: SCHEMA, dialects: ['postgresql', 'sqlite'], ordered: false },
      "INSERT INTO department (name, id) VALUES ('Ops', 2);\nINSERT INTO department VALUES (1, 'Eng'), (3, NULL);",
    );
    expect(dto.dialects).toEqual(['postgresql', 'sqlite']);
    expect(dto.ordered).toBe(false);
    expect(dto.tables[0].sampleRows).toEqual([
      [2, 'Ops'],
      [1, 'Eng'],
      [3, null],
    ]);
    expect(dto.tables[1].sampleRows).toEqual([]);
  });
  it('reads negative numbers and booleans', () => {
    const tables = parseSqlSchema('CREATE TABLE t (a INTEGER, b BOOLEAN);');
    expect(parseSqlDataRows('INSERT INTO t VALUES (-3, TRUE);', tables).get('t')).toEqual([[-3, true]]);
  });
});

describe('generateSqlStarter', () => {
  it('names the tables and their columns, then a SELECT skeleton', () => {
    const s = generateSqlStarter({ schema: SCHEMA }, 'sqlite');
    expect(s).toContain('--   department(id, name)');
    expect(s).toContain('SQLite');
    expect(s).toMatch(/SELECT \*\nFROM department;\n$/);
  });
});

describe('problem.yaml sql: block and submission dialects', () => {
  it('takes known dialects and an ordered flag', () => {
    expect(parseSqlBlock({ dialects: ['postgresql'], ordered: true })).toEqual({
      spec: { dialects: ['postgresql'], ordered: true },
      errors: [],
    });
  });
  it('says what is wrong', () => {
    expect(parseSqlBlock(undefined).errors[0]).toMatch(/`sql:` block/);
    expect(parseSqlBlock({ dialects: ['python'], ordered: true }).errors[0]).toMatch(/"python" is not a SQL dialect/);
    expect(parseSqlBlock({ dialects: ['sqlite'], ordered: 'yes' }).errors[0]).toMatch(/sql.ordered/);
  });
  it('x.sql runs in every offered dialect, x.<dialect>.sql in that one', () => {
    expect(sqlSubmissionDialects('a.sql', ['postgresql', 'sqlite'])).toEqual(['postgresql', 'sqlite']);
    expect(sqlSubmissionDialects('a.sqlite.sql', ['postgresql', 'sqlite'])).toEqual(['sqlite']);
    expect(sqlSubmissionDialects('a.sqlite.sql', ['postgresql'])).toMatch(/not one of the problem's dialects/);
    expect(sqlSubmissionDialects('a.py', ['postgresql'])).toMatch(/\.sql submissions/);
  });
});
