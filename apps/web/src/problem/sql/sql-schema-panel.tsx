import { Badge, Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { isLanguageId, LANGUAGES, type SqlProblemDto } from '@tryout/contracts';
import { ResultSetTable } from './result-set-table';
import classes from './sql.module.css';

/**
 * The schema a SQL problem's queries run against: per table its columns (type, primary and
 * foreign keys) and the first example's rows, then which dialects are offered and whether row
 * order counts.
 */
export function SqlSchemaPanel({ sql }: { sql: SqlProblemDto }) {
  return (
    <Stack gap="md" data-testid="sql-schema">
      <Title order={2} size="h4">
        Schema
      </Title>
      {sql.tables.map((table) => (
        <Stack key={table.name} gap={6} data-testid="sql-table">
          <Title order={3} size="h5" ff="monospace">
            Table: {table.name}
          </Title>
          <Box className={classes.scroller} tabIndex={0} role="group" aria-label={`Columns of ${table.name}`}>
            <Table
              withTableBorder
              withColumnBorders
              verticalSpacing={2}
              horizontalSpacing="xs"
              className={classes.table}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Column</Table.Th>
                  <Table.Th scope="col">Type</Table.Th>
                  <Table.Th scope="col">Key</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.columns.map((c) => (
                  <Table.Tr key={c.name} data-testid="sql-column">
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{c.type}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {c.primaryKey && (
                          <Badge size="xs" variant="light" color="gray" title="Primary key" data-testid="pk-mark">
                            PK
                          </Badge>
                        )}
                        {c.references && (
                          <Badge
                            size="xs"
                            variant="light"
                            color="gray"
                            tt="none"
                            title={`Foreign key to ${c.references}`}
                            data-testid="fk-mark"
                          >
                            FK → {c.references}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <ResultSetTable
            label={`Sample rows of ${table.name}`}
            columns={table.columns.map((c) => c.name)}
            rows={table.sampleRows}
            testId="sql-sample-rows"
          />
        </Stack>
      ))}
      <Text size="xs" c="dimmed" data-testid="sql-rules">
        Dialects: {sql.dialects.map(dialectName).join(', ')} ·{' '}
        {sql.ordered
          ? 'rows are compared in order: follow the ORDER BY the statement asks for.'
          : 'rows are compared in any order.'}
      </Text>
    </Stack>
  );
}

/** A dialect by its SQL pack's name (`PostgreSQL 16`), or its id when no pack has it. */
function dialectName(id: string): string {
  return isLanguageId(id) ? LANGUAGES[id].name : id;
}
