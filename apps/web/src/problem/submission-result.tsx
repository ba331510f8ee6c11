import { Alert, Anchor, Badge, Group, Loader, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type {
  LanguageLimitsDto,
  SignatureDto,
  SqlProblemDto,
  SubmissionMode,
  SubmissionStatus,
  TestResultDto,
  Verdict,
} from '@tryout/contracts';
import { IconCheck, IconLock, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { formatMs, verdictColor, verdictLabel } from '../shared/format.util';
import { parseCompileDiagnostics } from './compile-errors.util';
import { InputView } from './input-view';
import { OutputDiffView, PlainOutput } from './output-diff-view';
import { RuntimeDistribution } from './runtime-distribution';
import { measuredMemory, summaryFigures } from './result-figures.util';
import { SqlTestDetail } from './sql/sql-test-detail';
import classes from './results.module.css';

export interface ResultData {
  phase: 'idle' | 'sending' | SubmissionStatus | 'error';
  mode: SubmissionMode | null;
  verdict: Verdict | null;
  tests: TestResultDto[];
  done: number;
  total: number;
  cpuMs: number | null;
  memoryKb: number | null;
  compileOutput: string | null;
  error: string | null;
  /** A run on custom cases: expected answers, when present, are the reference solution's. */
  customInputs: string[] | null;
  /** Set once stored: an accepted submit then shows where its runtime stands. */
  submissionId?: string | null;
}

/** What the problem tells the result view: how to name input parts, and the limits applied. */
export interface ResultContext {
  signature?: SignatureDto | null;
  limits?: LanguageLimitsDto;
  /** SQL problems: results and data show as tables. */
  sql?: SqlProblemDto;
  /** Inside an interview session: no practice extras (the runtime distribution is practice data). */
  inSession?: boolean;
}

const PHASE_LABELS: Record<string, string> = {
  sending: 'Sending…',
  queued: 'In queue…',
  compiling: 'Compiling…',
};

const LIMIT_VERDICTS: Verdict[] = ['time_limit_exceeded', 'memory_limit_exceeded'];

function TestDetail({ test, custom, context }: { test: TestResultDto; custom: boolean; context: ResultContext }) {
  const { limits, signature = null, sql } = context;
  const limitNote =
    limits && LIMIT_VERDICTS.includes(test.verdict)
      ? ` (limit ${formatMs(limits.timeLimitMs)} CPU · ${limits.memoryMb} MB)`
      : '';
  if (test.hidden) {
    return (
      <Text size="sm" c="dimmed">
        <IconLock size={14} style={{ verticalAlign: 'text-bottom' }} aria-hidden /> {test.name}:{' '}
        {verdictLabel(test.verdict)}
        {limitNote}. Its data, time and memory stay secret.
      </Text>
    );
  }
  // A custom case's expected answer, when there is one, is the reference solution's.
  const showDiff = test.expected !== undefined && test.actual !== undefined && test.verdict === 'wrong_answer';
  const expectedLabel = custom ? 'Expected (reference solution)' : 'Expected';
  return (
    <Stack gap="sm" data-testid="test-detail">
      <Group gap="xs">
        <Badge color={verdictColor(test.verdict)} variant="light">
          {verdictLabel(test.verdict)}
        </Badge>
        <Text size="xs" c="dimmed" data-testid="test-figures">
          {formatMs(test.cpuMs)} CPU · {formatMs(test.wallMs)} wall
          {measuredMemory(test.memoryKb) && ` · ${measuredMemory(test.memoryKb)}`}
          {limitNote}
          {test.exitCode ? ` · exit code ${test.exitCode}` : ''}
          {test.signal ? ` · signal ${test.signal}` : ''}
        </Text>
      </Group>
      {sql ? (
        <SqlTestDetail test={test} sql={sql} custom={custom} />
      ) : (
        <>
          {test.input !== undefined && <InputView signature={signature} input={test.input} testId="test-input" />}
          {showDiff ? (
            <OutputDiffView expected={test.expected ?? ''} actual={test.actual ?? ''} expectedLabel={expectedLabel} />
          ) : (
            <>
              {test.actual !== undefined && <PlainOutput label="Output" text={test.actual} testId="actual-output" />}
              {test.expected !== undefined && (
                <PlainOutput label={expectedLabel} text={test.expected} testId="expected-output" />
              )}
            </>
          )}
        </>
      )}
      {test.stdout ? <PlainOutput label="Stdout" text={test.stdout} testId="test-stdout" /> : null}
      {/* A SQL wrong answer's message repeats what the marked rows show; its other messages are the database's. */}
      {test.message && !(sql && test.sqlDiff) && (
        <PlainOutput
          label={sql ? 'Message' : custom && test.expected === undefined ? 'Note' : 'Checker message'}
          text={test.message}
          testId="test-message"
        />
      )}
      {test.stderr && <PlainOutput label="Stderr" text={test.stderr} testId="test-stderr" />}
    </Stack>
  );
}

function CompileError({ output, onJumpToLine }: { output: string; onJumpToLine?: (line: number) => void }) {
  const diagnostics = useMemo(() => parseCompileDiagnostics(output), [output]);
  return (
    <Stack gap="xs">
      {diagnostics.length > 0 && (
        <Group gap={6} aria-label="Lines with errors">
          {diagnostics.map((d) =>
            onJumpToLine ? (
              <Anchor
                key={`${d.line}:${d.column}`}
                component="button"
                size="sm"
                onClick={() => onJumpToLine(d.line)}
                data-testid="compile-error-line"
              >
                Line {d.line}
                {d.column ? `:${d.column}` : ''}
              </Anchor>
            ) : (
              <Badge key={`${d.line}:${d.column}`} variant="light" color="orange" data-testid="compile-error-line">
                Line {d.line}
              </Badge>
            ),
          )}
        </Group>
      )}
      <pre className={classes.compileOutput} data-testid="compile-output">
        {output || 'The compiler gave no message.'}
      </pre>
    </Stack>
  );
}

/** The verdict, its figures and each test, live or stored. */
export function SubmissionResult({
  data,
  onJumpToLine,
  context = {},
}: {
  data: ResultData;
  onJumpToLine?: (line: number) => void;
  context?: ResultContext;
}) {
  const custom = data.customInputs !== null;
  // The first failing test (hidden or not) explains the verdict; otherwise the first visible one.
  const firstFailing = data.tests.find((t) => t.verdict !== 'accepted') ?? data.tests.find((t) => !t.hidden);
  const [picked, setPicked] = useState<number | null>(null);
  const selected = data.tests.find((t) => t.index === picked) ?? firstFailing ?? data.tests[0];

  if (data.phase === 'error') {
    return (
      <Alert color="red" role="alert" title="Could not run your code">
        {data.error}
      </Alert>
    );
  }
  if (data.phase === 'idle') {
    return (
      <Text c="dimmed" size="sm">
        Run your code to see the results here.
      </Text>
    );
  }

  const finished = data.phase === 'finished';
  const passed = data.tests.filter((t) => t.verdict === 'accepted').length;
  const figures = summaryFigures(data, context.limits);
  return (
    <Stack gap="sm" aria-live="polite" data-testid="submission-result">
      {finished ? (
        <Group gap="md" align="baseline">
          <Title order={2} size="h3" c={verdictColor(data.verdict)} data-testid="verdict">
            {verdictLabel(data.verdict)}
          </Title>
          {data.verdict !== 'compile_error' && (
            <Text size="sm" c="dimmed" data-testid="result-figures">
              {data.total > 0 && `${passed} / ${data.total} testcases passed · `}Runtime {figures.runtime}
              {figures.memory && ` · Memory ${figures.memory}`}
            </Text>
          )}
        </Group>
      ) : (
        <Stack gap={6} data-testid="progress">
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" fw={500} data-testid="progress-label">
              {data.phase === 'running'
                ? `Running ${data.done}/${data.total}…`
                : (PHASE_LABELS[data.phase] ?? 'Working…')}
            </Text>
          </Group>
          <Progress
            value={
              data.phase === 'running' && data.total > 0
                ? (100 * data.done) / data.total
                : data.phase === 'compiling'
                  ? 8
                  : 3
            }
            animated
            aria-label="Judging progress"
          />
        </Stack>
      )}

      {finished && data.verdict === 'accepted' && data.mode === 'submit' && data.submissionId && !context.inSession && (
        <RuntimeDistribution submissionId={data.submissionId} />
      )}

      {finished && data.verdict === 'compile_error' && (
        <CompileError output={data.compileOutput ?? ''} onJumpToLine={onJumpToLine} />
      )}

      {data.tests.length > 0 && (
        <Group gap={6} role="group" aria-label="Test cases">
          {data.tests.map((t) => {
            const ok = t.verdict === 'accepted';
            // Hidden tests keep the server's name ("Hidden test k"): one numbering on every screen.
            const label = t.hidden ? t.name : `Case ${t.index + 1}`;
            return (
              <UnstyledButton
                key={t.index}
                onClick={() => setPicked(t.index)}
                aria-pressed={selected?.index === t.index}
                aria-label={`${label}: ${verdictLabel(t.verdict)}`}
                data-testid="test-chip"
                data-verdict={t.verdict}
              >
                <Badge
                  variant={selected?.index === t.index ? 'filled' : 'light'}
                  color={verdictColor(t.verdict)}
                  leftSection={ok ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
                  tt="none"
                  style={{ cursor: 'pointer' }}
                >
                  {t.hidden ? <IconLock size={10} aria-hidden /> : null} {label}
                </Badge>
              </UnstyledButton>
            );
          })}
        </Group>
      )}
      {custom && finished && (
        <Text size="xs" c="dimmed" data-testid="custom-cases-note">
          {data.tests.some((t) => t.expected !== undefined)
            ? "Expected answers for your own cases come from the problem's reference solution."
            : 'Your own cases have no expected answer here: compare the output with what you expect.'}
        </Text>
      )}
      {selected && <TestDetail test={selected} custom={custom} context={context} />}
    </Stack>
  );
}
