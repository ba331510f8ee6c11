import type { SqlTableDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import {
  completionSchema,
  differingCells,
  diffRowIndex,
  parseDataScript,
  parseResultSet,
  sqlDiffExplanation,
  tablesFromScript,
} from './sql-data.util';

const TABLES: SqlTableDto[] = [
  {
    name: 'employees',
    columns: [
      { name: 'id', type: 'INTEGER', primaryKey: true },
      { name: 'name', type: 'TEXT' },
      { name: 'dept_id', type: 'INTEGER', references: 'departments.id' },
    ],
    sampleRows: [],
  },
  { name: 'departments', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }], sampleRows: [] },
];

describe('parseResultSet', () => {
  it('reads a result set and refuses anything else', () => {
    expect(parseResultSet('{"columns":["a","b"],"rows":[[1,"x"],[null,true]]}')).toEqual({
      columns: ['a', 'b'],
      rows: [
        [1, 'x'],
        [null, true],
      ],
    });
    expect(parseResultSet('not json')).toBeNull();
    expect(parseResultSet('{"columns":[1],"rows":[]}')).toBeNull();
    expect(parseResultSet('{"columns":["a"],"rows":[[{}]]}')).toBeNull();
    expect(parseResultSet(undefined)).toBeNull();
  });
});

describe('parseDataScript', () => {
  it('reads INSERTs with column lists, several rows, quotes, NULLs, negatives and comments', () => {
    const script = `-- staff
INSERT INTO employees (id, name, dept_id) VALUES (1, 'O''Brien', NULL), (2, 'Ann', -3.5);
/* next */ insert into "departments" values (10);`;
    expect(parseDataScript(script)).toEqual([
      {
        table: 'employees',
        columns: ['id', 'name', 'dept_id'],
        rows: [
          [1, "O'Brien", null],
          [2, 'Ann', -3.5],
        ],
      },
      { table: 'departments', columns: null, rows: [[10]] },
    ]);
  });

  it('reads typed date literals as their text and an empty script as no rows', () => {
    expect(parseDataScript("INSERT INTO t VALUES (DATE '2024-01-31');")).toEqual([
      { table: 't', columns: null, rows: [['2024-01-31']] },
    ]);
    expect(parseDataScript('  \n')).toEqual([]);
  });

  it('refuses anything but INSERTs', () => {
    expect(parseDataScript('DELETE FROM t;')).toBeNull();
    expect(parseDataScript('INSERT INTO t VALUES (1 + 2);')).toBeNull();
    expect(parseDataScript("INSERT INTO t VALUES ('open")).toBeNull();
  });
});

describe('tablesFromScript', () => {
  it('puts every insert in its schema table, in schema column order', () => {
    const data = tablesFromScript("INSERT INTO Employees (name, id) VALUES ('Bo', 2);", TABLES);
    expect(data).toEqual([
      { name: 'employees', columns: ['id', 'name', 'dept_id'], rows: [[2, 'Bo', null]] },
      { name: 'departments', columns: ['id'], rows: [] },
    ]);
  });

  it('gives up on unknown tables, columns or a wrong value count', () => {
    expect(tablesFromScript('INSERT INTO nope VALUES (1);', TABLES)).toBeNull();
    expect(tablesFromScript('INSERT INTO employees (salary) VALUES (1);', TABLES)).toBeNull();
    expect(tablesFromScript('INSERT INTO employees VALUES (1);', TABLES)).toBeNull();
  });
});

describe('sqlDiffExplanation', () => {
  it('says in one line what differs', () => {
    expect(
      sqlDiffExplanation(
        {
          reason: 'columns',
          row: null,
          expected: null,
          actual: null,
          expectedColumns: ['name', 'total'],
          actualColumns: ['name'],
        },
        true,
      ),
    ).toBe('The columns differ: expected (name, total), your query returned (name).');
    expect(sqlDiffExplanation({ reason: 'row_count', row: 2, expected: [5], actual: null }, true, 3, 2)).toBe(
      'The number of rows differs: expected 3 rows, your query returned 2 (from row 3 on).',
    );
    expect(sqlDiffExplanation({ reason: 'row_count', row: 2, expected: [5], actual: null }, false, 3, 2)).toBe(
      'The number of rows differs: expected 3 rows, your query returned 2.',
    );
    expect(sqlDiffExplanation({ reason: 'row', row: 0, expected: [1], actual: [2] }, true)).toBe(
      'Row 1 differs from the expected one.',
    );
    expect(sqlDiffExplanation({ reason: 'row', row: 0, expected: [1], actual: [2] }, false)).toMatch(/^A row differs/);
  });
});

describe('diffRowIndex', () => {
  const rows = [
    ['Bo', 2],
    ['Ann', 12.5],
  ];
  it('marks the diff row by index when order counts', () => {
    expect(
      diffRowIndex(rows, { reason: 'row', row: 1, expected: ['Ann', 12], actual: ['Ann', 12.5] }, 'actual', true),
    ).toBe(1);
    expect(diffRowIndex(rows, { reason: 'row_count', row: 2, expected: ['Cy', 1], actual: null }, 'actual', true)).toBe(
      -1,
    );
  });
  it('finds the diff row by value when the judge compared sorted rows', () => {
    const diff = { reason: 'row' as const, row: 0, expected: ['Ann', 12], actual: ['Ann', 12.5000000001] };
    expect(diffRowIndex(rows, diff, 'actual', false)).toBe(1);
    expect(diffRowIndex([['Ann', 12]], diff, 'expected', false)).toBe(0);
    expect(diffRowIndex(rows, { ...diff, reason: 'columns', row: null }, 'actual', false)).toBe(-1);
  });
});

describe('differingCells', () => {
  it('marks the cells that differ, numbers by value', () => {
    expect([
      ...differingCells({ reason: 'row', row: 1, expected: ['Ann', 12.5, null], actual: ['Ann', 12.5000000001, ''] }),
    ]).toEqual([2]);
  });
});

describe('completionSchema', () => {
  it('maps tables to their column names', () => {
    expect(completionSchema(TABLES)).toEqual({ employees: ['id', 'name', 'dept_id'], departments: ['id'] });
  });
});
