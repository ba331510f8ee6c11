import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { LANGUAGES, type LanguageId, type ProblemDetailDto } from '@tryout/contracts';
import { useMemo } from 'react';
import { DifficultyLabel } from '../shared/difficulty-label';
import { formatLimit, formatPercent } from '../shared/format.util';
import { InputFormatHelp } from './input-format-help';
import { InputView } from './input-view';
import { PlainOutput } from './output-diff-view';
import { SqlExamples } from './sql/sql-examples';
import { SqlSchemaPanel } from './sql/sql-schema-panel';
import { StatementMarkdown } from './statement-markdown';
import { statementHasExamples, stripLeadingTitle } from './statement.util';

/** What the description shows: the problem page passes the whole problem, the authoring preview a draft. */
export type DescribedProblem = Pick<
  ProblemDetailDto,
  | 'title'
  | 'statement'
  | 'difficulty'
  | 'solved'
  | 'tags'
  | 'limits'
  | 'languageLimits'
  | 'acceptanceRate'
  | 'stats'
  | 'samples'
  | 'signature'
  | 'source'
  | 'sql'
>;

/** "Time limit 3 s in Python 3 (1 s × 3)": the limit the judge applies in the chosen language. */
export function limitsLine(problem: Pick<ProblemDetailDto, 'limits' | 'languageLimits'>, language: LanguageId): string {
  const applied = problem.languageLimits[language] ?? problem.limits;
  const base = problem.limits.timeLimitMs;
  const scaled = applied.timeLimitMs !== base;
  const time = `Time limit ${formatLimit(applied.timeLimitMs)} in ${LANGUAGES[language].name}`;
  const how = scaled ? ` (${formatLimit(base)} × ${Number((applied.timeLimitMs / base).toFixed(2))})` : '';
  return `${time}${how} · Memory limit ${applied.memoryMb} MB`;
}

export function ProblemDescription({ problem, language }: { problem: DescribedProblem; language: LanguageId }) {
  return (
    <Stack gap="md" p="md" data-testid="statement">
      <Stack gap={6}>
        <Title order={1} size="h3">
          {problem.title}
        </Title>
        <Group gap="xs">
          <DifficultyLabel difficulty={problem.difficulty} />
          {problem.solved && (
            <Badge color="teal" variant="light" size="sm">
              Solved
            </Badge>
          )}
          {problem.tags.map((t) => (
            <Badge key={t} variant="light" color="gray" size="sm" tt="none">
              {t}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed" data-testid="limits">
          {limitsLine(problem, language)} · Acceptance {formatPercent(problem.acceptanceRate)} ({problem.stats.accepted}
          /{problem.stats.submissions})
        </Text>
      </Stack>
      <StatementBody problem={problem} />
      {problem.source && (
        <Text size="xs" c="dimmed">
          Source: {problem.source}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The statement as candidates read it, wherever they solve (practice, interviews): the SQL schema,
 * the Markdown without a repeated title, the examples as `name = value` when the text has none,
 * and the "How input works" help.
 */
export function StatementBody({
  problem,
}: {
  problem: Pick<ProblemDetailDto, 'title' | 'statement' | 'samples' | 'signature' | 'sql'>;
}) {
  const statement = useMemo(
    () => stripLeadingTitle(problem.statement, problem.title),
    [problem.statement, problem.title],
  );
  return (
    <>
      {problem.sql && <SqlSchemaPanel sql={problem.sql} />}
      <StatementMarkdown markdown={statement} />
      {problem.sql
        ? !statementHasExamples(statement) && <SqlExamples samples={problem.samples} tables={problem.sql.tables} />
        : !statementHasExamples(statement) &&
          problem.samples.map((s, i) => (
            <Stack key={s.name || i} gap={6}>
              <Text fw={600}>Example {i + 1}</Text>
              <InputView signature={problem.signature} input={s.input} testId="example-input" />
              <PlainOutput label="Output" text={s.output} />
            </Stack>
          ))}
      <InputFormatHelp signature={problem.signature} samples={problem.samples} />
    </>
  );
}
