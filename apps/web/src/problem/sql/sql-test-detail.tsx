import { Group, Stack, Text } from '@mantine/core';
import type { SqlProblemDto, SqlValue, TestResultDto } from '@tryout/contracts';
import { useMemo } from 'react';
import { PlainOutput } from '../output-diff-view';
import { ResultSetTable, type RowMark } from './result-set-table';
import { SqlDataView } from './sql-examples';
import { differingCells, diffRowIndex, parseResultSet, sqlDiffExplanation } from './sql-data.util';
import classes from './sql.module.css';

/**
 * A visible SQL test: the result the query returned and the expected one as tables, side by side,
 * then the test's data as tables; on a wrong answer the first differing row is marked on both sides, with one line saying
 * what differs.
 */
export function SqlTestDetail({ test, sql, custom }: { test: TestResultDto; sql: SqlProblemDto; custom: boolean }) {
  const actual = useMemo(() => parseResultSet(test.actual), [test.actual]);
  // A custom case's expected result, when there is one, is the reference query's.
  const expected = useMemo(() => parseResultSet(test.expected), [test.expected]);
  const expectedLabel = custom ? 'Expected result (reference solution)' : 'Expected result';
  const diff = test.verdict === 'wrong_answer' ? test.sqlDiff : undefined;
  const cells = useMemo(() => (diff ? differingCells(diff) : new Set<number>()), [diff]);
  const mark = (rows: SqlValue[][], side: RowMark['tone']): RowMark | null => {
    const row = diff ? diffRowIndex(rows, diff, side, sql.ordered) : -1;
    return row >= 0 ? { row, cells, tone: side } : null;
  };

  return (
    <Stack gap="sm">
      {diff && (
        <Text size="sm" fw={600} className={classes.explanation} data-testid="sql-diff-explanation">
          {sqlDiffExplanation(diff, sql.ordered, expected?.rows.length, actual?.rows.length)}
        </Text>
      )}
      {/* Side by side where there is room: the marked rows line up. */}
      <Group align="flex-start" gap="lg">
        {actual ? (
          <ResultSetTable
            label="Your result"
            columns={actual.columns}
            rows={actual.rows}
            mark={mark(actual.rows, 'actual')}
            testId="actual-output"
          />
        ) : (
          test.actual !== undefined && <PlainOutput label="Output" text={test.actual} testId="actual-output" />
        )}
        {expected ? (
          <ResultSetTable
            label={expectedLabel}
            columns={expected.columns}
            rows={expected.rows}
            mark={mark(expected.rows, 'expected')}
            testId="expected-output"
          />
        ) : (
          test.expected !== undefined && <PlainOutput label="Expected" text={test.expected} testId="expected-output" />
        )}
      </Group>
      {test.input !== undefined && (
        <SqlDataView script={test.input} tables={sql.tables} label="Data" testId="test-input" />
      )}
    </Stack>
  );
}
