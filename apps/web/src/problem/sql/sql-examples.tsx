import { Stack, Text } from '@mantine/core';
import type { SqlTableDto } from '@tryout/contracts';
import { useMemo } from 'react';
import { PlainOutput } from '../output-diff-view';
import { ResultSetTable } from './result-set-table';
import { parseResultSet, tablesFromScript } from './sql-data.util';

/** A test's data as tables (one per schema table), or the script as text when it is not plain INSERTs. */
export function SqlDataView({
  script,
  tables,
  label,
  testId,
}: {
  script: string;
  tables: SqlTableDto[];
  label: string;
  testId?: string;
}) {
  const data = useMemo(() => tablesFromScript(script, tables), [script, tables]);
  if (!data) return <PlainOutput label={label} text={script} testId={testId} />;
  return (
    <Stack gap={6} data-testid={testId}>
      {data.map((t) => (
        <ResultSetTable key={t.name} label={`${label}: ${t.name}`} columns={t.columns} rows={t.rows} />
      ))}
    </Stack>
  );
}

/** A result set as a table, or the text as it came when it is not one. */
export function SqlResultView({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const result = useMemo(() => parseResultSet(text), [text]);
  if (!result) return <PlainOutput label={label} text={text} testId={testId} />;
  return <ResultSetTable label={label} columns={result.columns} rows={result.rows} testId={testId} />;
}

/** The samples of a SQL problem: each one's tables and the result the query must return. */
export function SqlExamples({
  samples,
  tables,
}: {
  samples: { name: string; input: string; output: string }[];
  tables: SqlTableDto[];
}) {
  return (
    <>
      {samples.map((s, i) => (
        <Stack key={s.name || i} gap={6} data-testid="sql-example">
          <Text fw={600}>Example {i + 1}</Text>
          <SqlDataView script={s.input} tables={tables} label={`Example ${i + 1} input`} />
          <SqlResultView text={s.output} label={`Example ${i + 1} expected result`} />
        </Stack>
      ))}
    </>
  );
}
