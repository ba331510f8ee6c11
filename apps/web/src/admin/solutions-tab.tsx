import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  List,
  Loader,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  LANGUAGES,
  VERDICTS,
  type AuthoringSolutionDto,
  type LanguageId,
  type ProblemType,
  type ValidationDto,
  type ValidationSolutionDto,
  type Verdict,
} from '@tryout/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CodeEditor } from '../problem/code-editor';
import { formatLimit, formatMemory, formatMs, verdictColor, verdictLabel, VERDICT_LABELS } from '../shared/format.util';
import { solutionPath } from './authoring.util';
import { languagesFor } from './starters-editor';

function SolutionEditor({
  solution,
  index,
  type,
  onChange,
  onRemove,
}: {
  solution: AuthoringSolutionDto;
  index: number;
  type: ProblemType;
  onChange: (solution: AuthoringSolutionDto) => void;
  onRemove: () => void;
}) {
  return (
    <Card withBorder padding="sm" data-testid={`solution-${index}`}>
      <Stack gap="xs">
        <Group align="end" wrap="wrap">
          <TextInput
            label="Path"
            description="submissions/<path> in the package"
            value={solution.path}
            onChange={(e) => onChange({ ...solution, path: e.currentTarget.value })}
            w={260}
            data-testid="solution-path"
          />
          <Select
            label="Language"
            allowDeselect={false}
            w={180}
            data={languagesFor(type).map((id) => ({ value: id, label: LANGUAGES[id].name }))}
            value={solution.language}
            onChange={(v) => {
              if (!v) return;
              const language = v as LanguageId;
              onChange({ ...solution, language, path: solutionPath(solution.path, solution.expected, language) });
            }}
            data-testid="solution-language"
          />
          <MultiSelect
            label="Expected verdict"
            description="Any of these counts as a match"
            data={VERDICTS.filter((v) => v !== 'internal_error').map((v) => ({ value: v, label: VERDICT_LABELS[v] }))}
            value={solution.expected}
            onChange={(v) => {
              const expected = v as Verdict[];
              onChange({ ...solution, expected, path: solutionPath(solution.path, expected, solution.language) });
            }}
            w={320}
            data-testid="solution-expected"
          />
          <Button variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onRemove}>
            Remove
          </Button>
        </Group>
        <Box style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
          <CodeEditor
            value={solution.source}
            language={solution.language}
            onChange={(source) => onChange({ ...solution, source })}
            label={`Source of ${solution.path}`}
            height="auto"
            minHeight="220px"
            testId={`solution-editor-${index}`}
          />
        </Box>
      </Stack>
    </Card>
  );
}

/** Reference, wrong and slow solutions, each with the verdicts it must get. */
export function SolutionsEditor({
  type,
  solutions,
  onChange,
}: {
  type: ProblemType;
  solutions: AuthoringSolutionDto[];
  onChange: (solutions: AuthoringSolutionDto[]) => void;
}) {
  const add = () => {
    const language = languagesFor(type)[0] ?? 'python';
    const taken = new Set(solutions.map((s) => s.path));
    let n = solutions.length + 1;
    while (taken.has(`accepted/solution${n}${LANGUAGES[language].extensions[0] ?? ''}`)) n++;
    onChange([
      ...solutions,
      {
        path: `accepted/solution${n}${LANGUAGES[language].extensions[0] ?? ''}`,
        language,
        expected: ['accepted'],
        source: '',
      },
    ]);
  };
  return (
    <Stack gap="sm">
      {solutions.map((s, i) => (
        <SolutionEditor
          key={i}
          index={i}
          type={type}
          solution={s}
          onChange={(next) => onChange(solutions.map((x, j) => (j === i ? next : x)))}
          onRemove={() => onChange(solutions.filter((_, j) => j !== i))}
        />
      ))}
      {solutions.length === 0 && (
        <Text c="dimmed">No solutions yet: Validate needs at least one accepted solution.</Text>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={add}
          data-testid="add-solution"
        >
          Add solution
        </Button>
      </Group>
    </Stack>
  );
}

function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <Badge color={verdictColor(verdict)} variant="light" tt="none">
      {verdictLabel(verdict)}
    </Badge>
  );
}

function SolutionResultRow({ s }: { s: ValidationSolutionDto }) {
  return (
    <Table.Tr data-testid={`validation-solution-${s.path}`} data-ok={s.ok === null ? undefined : String(s.ok)}>
      <Table.Td>
        <Text ff="monospace" size="sm">
          {s.path}
        </Text>
        <Text size="xs" c="dimmed">
          {LANGUAGES[s.language].name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {s.expected.map((v) => (
            <VerdictBadge key={v} verdict={v} />
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {s.status === 'done' && s.got ? (
          <Group gap={6} wrap="nowrap">
            <VerdictBadge verdict={s.got} />
            <Badge color={s.ok ? 'teal' : 'red'} variant="filled" data-testid="solution-outcome">
              {s.ok ? 'as expected' : 'mismatch'}
            </Badge>
          </Group>
        ) : (
          <Group gap={6} wrap="nowrap">
            {s.status === 'running' && <Loader size="xs" aria-hidden />}
            <Text size="sm" c="dimmed">
              {s.status}
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>{formatMs(s.slowestMs)}</Table.Td>
      <Table.Td>
        <Group gap={4} data-testid="validation-tests">
          {s.tests.map((t) => (
            <Tooltip
              key={t.index}
              label={`${t.name}: ${verdictLabel(t.verdict)}, ${formatMs(t.cpuMs)}, ${formatMemory(t.memoryKb)}${t.message ? ` — ${t.message}` : ''}`}
            >
              <Badge
                size="sm"
                variant={t.verdict === 'accepted' ? 'light' : 'filled'}
                color={verdictColor(t.verdict)}
                tt="none"
                tabIndex={0}
                data-verdict={t.verdict}
              >
                {t.name}
              </Badge>
            </Tooltip>
          ))}
        </Group>
        {s.detail && (
          <Text size="xs" c="dimmed" mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="solution-detail">
            {s.detail}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const RUN_STATUS: Record<ValidationDto['status'], { color: string; label: string }> = {
  queued: { color: 'blue', label: 'Queued (lowest priority)' },
  running: { color: 'blue', label: 'Running' },
  passed: { color: 'teal', label: 'Passed' },
  failed: { color: 'red', label: 'Failed' },
  error: { color: 'orange', label: 'Judge error' },
  superseded: { color: 'gray', label: 'Superseded by a newer run' },
};

/** The latest validation: per solution its verdict against the expected ones, per test as judged so far. */
export function ValidationResults({ validation }: { validation: ValidationDto }) {
  const run = RUN_STATUS[validation.status];
  return (
    <Stack gap="sm" data-testid="validation-results" data-status={validation.status}>
      <Group gap="sm">
        <Title order={3} size="h5">
          Validation
        </Title>
        <Badge color={run.color} variant="light" data-testid="validation-status">
          {run.label}
        </Badge>
        {!validation.current && (
          <Badge color="yellow" variant="light">
            the draft changed since
          </Badge>
        )}
        {validation.timeLimitMs !== null && (
          <Text size="sm" c="dimmed">
            Time limit {formatLimit(validation.timeLimitMs)} ({validation.timeLimitSource})
          </Text>
        )}
      </Group>
      {validation.error && (
        <Alert color="orange" role="alert">
          {validation.error}
        </Alert>
      )}
      {validation.issues.length > 0 && (
        <List size="sm" data-testid="validation-issues">
          {validation.issues.map((issue, i) => (
            <List.Item key={i}>
              <Text span c={issue.level === 'error' ? 'red' : 'yellow.8'} fw={600} size="sm">
                {issue.level}
              </Text>{' '}
              {issue.message}
            </List.Item>
          ))}
        </List>
      )}
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Solution</Table.Th>
            <Table.Th>Expected</Table.Th>
            <Table.Th>Got</Table.Th>
            <Table.Th>Slowest</Table.Th>
            <Table.Th>Tests</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {validation.solutions.map((s) => (
            <SolutionResultRow key={s.path} s={s} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
