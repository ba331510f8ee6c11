import { Box, Stack, Table, Text } from '@mantine/core';
import type { SqlValue } from '@tryout/contracts';
import { formatSqlValue } from './sql-data.util';
import classes from './sql.module.css';

/** Which row of the table to mark (the first difference) and which of its cells differ. */
export interface RowMark {
  row: number;
  cells: Set<number>;
  tone: 'actual' | 'expected';
}

function Cell({ value }: { value: SqlValue }) {
  if (value === null) return <span className={classes.null}>NULL</span>;
  if (value === '') return <span className={classes.null}>&apos;&apos;</span>;
  return <>{formatSqlValue(value)}</>;
}

/**
 * A table of rows as a database client shows it: column names on top, NULL told apart from the
 * empty string, numbers right-aligned. Scrolls sideways inside its own focusable box when wide.
 */
export function ResultSetTable({
  label,
  columns,
  rows,
  mark,
  testId,
}: {
  /** Shown above the table and naming it for assistive technology. */
  label: string;
  columns: string[];
  rows: SqlValue[][];
  mark?: RowMark | null;
  testId?: string;
}) {
  return (
    <Stack gap={4} maw="100%" miw={0} data-testid={testId}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Box className={classes.scroller} tabIndex={0} role="group" aria-label={label}>
        <Table withTableBorder withColumnBorders verticalSpacing={2} horizontalSpacing="xs" className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c, i) => (
                <Table.Th key={i} scope="col">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => {
              const marked = mark?.row === r;
              return (
                <Table.Tr
                  key={r}
                  className={marked ? (mark.tone === 'actual' ? classes.actualRow : classes.expectedRow) : undefined}
                  data-testid={marked ? 'sql-diff-row' : 'sql-row'}
                  aria-current={marked ? 'true' : undefined}
                >
                  {row.map((v, c) => (
                    <Table.Td
                      key={c}
                      className={marked && mark.cells.has(c) ? classes.changedCell : undefined}
                      style={typeof v === 'number' ? { textAlign: 'right' } : undefined}
                    >
                      <Cell value={v} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={Math.max(1, columns.length)} className={classes.null}>
                  (no rows)
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Box>
    </Stack>
  );
}
