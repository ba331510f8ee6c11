import {
  Alert,
  Badge,
  Box,
  Button,
  Container,
  Group,
  List,
  Loader,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import type {
  CandidateSessionDto,
  InterviewClockDto,
  InterviewProblemStatementDto,
  InterviewSubmissionDto,
  LanguageId,
  RedeemInviteResponse,
  SubmissionMode,
} from '@tryout/contracts';
import { LANGUAGES } from '@tryout/contracts';
import { IconClock } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { CodeEditor } from '../problem/code-editor';
import { EditorSettingsButton } from '../problem/editor-settings-button';
import { limitsLine, StatementBody } from '../problem/problem-description';
import { completionSchema } from '../problem/sql/sql-data.util';
import { SubmissionResult, type ResultData } from '../problem/submission-result';
import { applyEvent, finishedState, IDLE_JUDGE_STATE, type JudgeState } from '../problem/use-judge';
import { verdictColor, verdictLabel } from '../shared/format.util';
import { CandidateClient, interviewsApi } from './interview-api';
import { formatCountdown, remainingMs } from './interview-clock.util';
import { LiveCodeEditor } from './live/live-code-editor';
import { usePresenceSignals } from './live/use-presence-signals';
import { CANDIDATE_PEER, useLiveDocument } from './live/use-live-document';
import { CandidatePart } from './parts/candidate-parts';

/** The server's clock: from the last session read, then from SSE, ticking locally between messages. */
function useServerClock(client: CandidateClient | null, initial: { value: InterviewClockDto; at: number } | null) {
  const [streamed, setStreamed] = useState<{ value: InterviewClockDto; at: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Also before Start: the ready page shows the time an interviewer changes meanwhile.
  const following = initial?.value.status === 'live' || initial?.value.status === 'scheduled';
  useEffect(() => {
    if (!client || !following) return;
    const abort = new AbortController();
    // A revoked link is reported by the client itself (the page then says so); other errors end the stream.
    client.followClock((value) => setStreamed({ value, at: Date.now() }), abort.signal).catch(() => undefined);
    return () => abort.abort();
  }, [client, following]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, []);
  const clock = streamed && (!initial || streamed.at >= initial.at) ? streamed : initial;
  const left = clock ? remainingMs(clock.value, clock.at, now) : null;
  return { clock: clock?.value ?? null, left };
}

function Countdown({ left, status }: { left: number | null; status: InterviewClockDto['status'] | undefined }) {
  const urgent = left !== null && left < 5 * 60_000;
  return (
    <Group gap={6} wrap="nowrap" data-testid="interview-clock">
      <IconClock size={18} aria-hidden />
      <Text
        fw={700}
        size="lg"
        c={urgent ? 'red' : undefined}
        role="timer"
        aria-live="off"
        aria-label="Time left"
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {status === 'live' && left !== null ? formatCountdown(left) : status === 'ended' ? 'Time is up' : '—'}
      </Text>
    </Group>
  );
}

/**
 * Milliseconds until Start works (the link's window opens) or, for a fixed start, until the clock
 * starts by itself; on the server's clock, 0 once reached.
 */
function useOpensIn(session: CandidateSessionDto, readAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  const at = session.startedAt ?? session.windowStart;
  const opensAt = at ? Date.parse(at) : null;
  const serverNow = Date.parse(session.serverTime) + (now - readAt);
  const left = opensAt === null ? 0 : Math.max(0, opensAt - serverNow);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [left]);
  return left;
}

function ReadyPage({
  session,
  readAt,
  onStart,
  onReload,
  starting,
  error,
}: {
  session: CandidateSessionDto;
  readAt: number;
  onStart: () => void;
  onReload: () => void;
  starting: boolean;
  error: string | null;
}) {
  const [language, setLanguage] = useState<LanguageId>(session.languages[0]);
  const [code, setCode] = useState('');
  const opensIn = useOpensIn(session, readAt);
  // Before Start, startedAt is set only for a fixed start: the server starts the clock then.
  const fixedStart = session.startedAt;
  useEffect(() => {
    if (fixedStart && opensIn === 0) onReload();
  }, [fixedStart, opensIn, onReload]);
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{session.title}</Title>
          <Text c="dimmed">Welcome, {session.candidateName}.</Text>
        </div>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="sm">
            Before you start
          </Title>
          <List spacing="xs">
            {fixedStart && (
              <List.Item data-testid="interview-starts-at">
                The clock starts by itself at <b>{new Date(fixedStart).toLocaleString()}</b>; this page then shows the
                problems.
              </List.Item>
            )}
            {!fixedStart && session.windowStart && opensIn > 0 && (
              <List.Item data-testid="interview-opens-at">
                This interview opens at <b>{new Date(session.windowStart).toLocaleString()}</b>; Start works from then.
              </List.Item>
            )}
            <List.Item>
              You have{' '}
              <b>
                {session.totalMinutes} {session.totalMinutes === 1 ? 'minute' : 'minutes'}
              </b>{' '}
              for {session.problemCount} {session.problemCount === 1 ? 'problem' : 'problems'}
              {session.partCount > 0 &&
                ` and ${session.partCount} ${session.partCount === 1 ? 'question part' : 'question parts'} (quizzes or open questions)`}
              . {fixedStart ? 'The clock' : 'The clock starts when you press Start and'} keeps running if you reload or
              close the page.
            </List.Item>
            <List.Item>Run checks your code on the examples; Submit runs every test, hidden ones included.</List.Item>
            <List.Item>
              Your code is saved as you type. When time is up, the last code of each problem is submitted for you.
            </List.Item>
            {session.partCount > 0 && (
              <List.Item>
                Quiz and open answers are saved as you pick or type them; whatever is saved when time is up is final.
                The right answers are not shown during the interview.
              </List.Item>
            )}
            {session.kind === 'interview' && (
              <List.Item>The interviewers see your runs and submissions as they happen.</List.Item>
            )}
          </List>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              Try the editor
            </Title>
            <Group gap="xs" wrap="nowrap">
              <Select
                aria-label="Language"
                data={session.languages.map((l) => ({ value: l, label: LANGUAGES[l].name }))}
                value={language}
                onChange={(v) => v && setLanguage(v as LanguageId)}
                allowDeselect={false}
                w={180}
              />
              <EditorSettingsButton />
            </Group>
          </Group>
          <Box h={160}>
            <CodeEditor value={code} language={language} onChange={setCode} label="Practice editor" />
          </Box>
        </Paper>
        {error && <Alert color="red">{error}</Alert>}
        <Group>
          <Button size="lg" onClick={onStart} loading={starting} disabled={opensIn > 0} data-testid="start-interview">
            {opensIn > 0
              ? `${fixedStart ? 'Starts' : 'Opens'} in ${formatCountdown(opensIn)}`
              : `Start (${session.totalMinutes} min)`}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}

function useCandidateJudge(client: CandidateClient, onFinished: () => void, onSent?: () => void) {
  const [state, setState] = useState<JudgeState>(IDLE_JUDGE_STATE);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const start = useCallback(
    async (position: number, mode: SubmissionMode, language: LanguageId, source: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ ...IDLE_JUDGE_STATE, phase: 'sending', mode, language });
      try {
        const { id } = await client.submit({ position, language, mode, source });
        onSent?.();
        setState((s) => ({ ...s, phase: 'queued', submissionId: id }));
        await client.follow(id, (event) => setState((s) => applyEvent(s, event)), abort.signal);
        const submission = await client.submission(id);
        if (abort.signal.aborted) return;
        setState((s) => finishedState(s, submission));
        onFinished();
      } catch (error) {
        if (abort.signal.aborted) return;
        setState((s) => ({ ...s, phase: 'error', error: errorMessage(error) }));
        if (error instanceof ApiError && error.code === 'session_over') onFinished();
      }
    },
    [client, onFinished, onSent],
  );
  const busy = ['sending', 'queued', 'compiling', 'running'].includes(state.phase);
  return { state, start, busy };
}

function ProblemWorkspace({
  client,
  sessionId,
  problem,
  active,
  onActivity,
}: {
  client: CandidateClient;
  sessionId: string;
  problem: InterviewProblemStatementDto;
  active: boolean;
  onActivity: () => void;
}) {
  const [language, setLanguage] = useState<LanguageId>(problem.saved?.language ?? problem.languages[0]);
  const judge = useCandidateJudge(client, onActivity);
  // The shared document is the code: the server saves every acknowledged change and submits it at the deadline.
  const live = useLiveDocument(sessionId, problem.position, () => client.accessToken, CANDIDATE_PEER);
  usePresenceSignals(live, active);
  const revoked = !!live?.revoked;
  useEffect(() => {
    if (revoked) client.reportRevoked();
  }, [revoked, client]);

  const onLanguage = (value: string | null) => {
    if (!value || !live) return;
    const next = value as LanguageId;
    setLanguage(next);
    const code = live.text.toJSON();
    const starter = problem.starterCode[next];
    if (starter !== undefined && (code.trim() === '' || code === problem.starterCode[language])) {
      live.text.doc!.transact(() => {
        live.text.delete(0, live.text.length);
        live.text.insert(0, starter);
      });
    }
    // Stores the language (the deadline submits in it); the source is the document's text.
    void client.saveCode(problem.position, next, live.text.toJSON()).catch(() => undefined);
  };
  const run = (mode: SubmissionMode) => {
    if (live) void judge.start(problem.position, mode, language, live.text.toJSON());
  };
  const saveState = !live
    ? ''
    : live.revoked
      ? 'Link revoked: not saved'
      : live.refused
        ? 'Not connected'
        : live.sessionOver
          ? 'Read-only'
          : live.status !== 'connected'
            ? 'Offline, reconnecting…'
            : live.unsynced > 0
              ? 'Saving…'
              : live.synced
                ? 'Saved'
                : '';
  const result: ResultData = { ...judge.state };
  const sqlSchema = useMemo(() => (problem.sql ? completionSchema(problem.sql.tables) : undefined), [problem.sql]);
  // Names the input's parameters, shows SQL results as tables, and the limits of the language it ran in.
  const resultContext = {
    signature: problem.signature,
    limits: problem.languageLimits[judge.state.language ?? language],
    ...(problem.sql ? { sql: problem.sql } : {}),
    inSession: true,
  };

  return (
    <Group align="stretch" gap="md" wrap="nowrap" style={{ minHeight: 0, flex: 1 }}>
      <ScrollArea style={{ flex: 1, minWidth: 0 }} type="auto" data-testid="interview-statement">
        <Stack gap="sm" pr="sm">
          <Stack gap={4}>
            <Title order={2} size="h3">
              {problem.position}. {problem.title}
            </Title>
            <Text size="xs" c="dimmed" data-testid="limits">
              {limitsLine(problem, language)}
            </Text>
          </Stack>
          <StatementBody problem={problem} />
        </Stack>
      </ScrollArea>
      <Stack style={{ flex: 1, minWidth: 0 }} gap="xs">
        <Group justify="space-between">
          <Select
            aria-label="Language"
            data={problem.languages.map((l) => ({ value: l, label: LANGUAGES[l].name }))}
            value={language}
            onChange={onLanguage}
            allowDeselect={false}
            w={180}
          />
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" data-testid="autosave-state">
              {saveState}
            </Text>
            <EditorSettingsButton />
          </Group>
        </Group>
        <Box style={{ flex: 1, minHeight: 260 }}>
          {live && (
            <LiveCodeEditor
              text={live.text}
              awareness={live.awareness}
              language={language}
              readOnly={live.sessionOver}
              onRun={() => run('run')}
              onSubmit={() => run('submit')}
              onPaste={(size) => live.signal({ kind: 'paste', size })}
              sqlSchema={sqlSchema}
              label={`Code for ${problem.title}`}
              testId={active ? 'code-editor' : undefined}
            />
          )}
        </Box>
        {live?.refused && (
          <Alert color="red" title="The live editor refused this connection">
            {live.refused}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => run('run')} loading={judge.busy && judge.state.mode === 'run'}>
            Run
          </Button>
          <Button onClick={() => run('submit')} loading={judge.busy && judge.state.mode === 'submit'}>
            Submit
          </Button>
        </Group>
        {judge.state.phase !== 'idle' && (
          <Paper withBorder p="sm" data-testid="interview-result">
            <SubmissionResult data={result} context={resultContext} />
          </Paper>
        )}
      </Stack>
    </Group>
  );
}

function EndScreen({
  session,
  submissions,
  mock,
}: {
  session: CandidateSessionDto;
  submissions: InterviewSubmissionDto[];
  mock?: MockControls;
}) {
  const cancelled = session.status === 'cancelled';
  return (
    <Container size="sm" py="xl" data-testid="interview-ended">
      <Stack gap="md">
        <Title order={1}>{cancelled ? 'This interview was cancelled' : 'The interview is over'}</Title>
        {!cancelled && !mock && (
          <Text>
            Thank you, {session.candidateName}. Your last code of each problem was submitted; the interviewers have
            everything. You can close this page.
          </Text>
        )}
        {!cancelled && mock && (
          <Group>
            <Text>Your last code of each problem was submitted. The report shows every run, verdict and the time.</Text>
            <Button component={Link} to={mock.reportHref} data-testid="mock-report-link">
              See your report
            </Button>
          </Group>
        )}
        {submissions.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>Your submissions</Text>
            {submissions
              .filter((s) => s.mode === 'submit')
              .map((s) => (
                <Group key={s.id} gap="xs">
                  <Text size="sm">
                    {session.problems.find((p) => p.position === s.position)?.title ?? `Problem ${s.position}`}
                    {s.automatic ? ' (submitted at the end)' : ''}
                  </Text>
                  <Badge color={verdictColor(s.verdict)} variant="light">
                    {verdictLabel(s.verdict, s.status)}
                  </Badge>
                </Group>
              ))}
          </Stack>
        )}
      </Stack>
    </Container>
  );
}

/** The interviewer revoked (or replaced) the link mid-session: nothing typed from now on is kept. */
function RevokedScreen() {
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="This interview link was revoked" data-testid="interview-revoked">
        The interviewer revoked this link (or sent a new one), so this page no longer saves your work or keeps time.
        What was saved before that is kept. If you did not expect this, contact your interviewer; they can send you a
        new link.
      </Alert>
    </Container>
  );
}

/** A mock interview's extras on the candidate page: the candidate may finish early and reads the report. */
export interface MockControls {
  finish: () => Promise<unknown>;
  reportHref: string;
}

/**
 * /interview/join#<token>: the candidate's focused page, with no catalog, editorial or history.
 * A mock interview opens the same page with `open` (a session token for the signed-in owner).
 */
export default function CandidatePage({
  open,
  mock,
}: { open?: () => Promise<RedeemInviteResponse>; mock?: MockControls } = {}) {
  const token = useMemo(() => decodeURIComponent(window.location.hash.replace(/^#/, '')), []);
  const [client, setClient] = useState<CandidateClient | null>(null);
  const [session, setSessionState] = useState<{ value: CandidateSessionDto; at: number } | null>(null);
  const setSession = useCallback((value: CandidateSessionDto) => setSessionState({ value, at: Date.now() }), []);
  const [submissions, setSubmissions] = useState<InterviewSubmissionDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [tab, setTab] = useState<string | null>('1');
  const [revoked, setRevoked] = useState(false);

  useEffect(() => {
    if (!token && !open) return;
    let cancelled = false;
    (open ? open() : interviewsApi.redeem(token)).then(
      (res) => {
        if (!cancelled) setClient(new CandidateClient(res.accessToken, () => setRevoked(true)));
      },
      (err: unknown) => !cancelled && setError(errorMessage(err)),
    );
    return () => {
      cancelled = true;
    };
  }, [token, open]);

  const reload = useCallback(() => {
    if (!client) return;
    client.session().then(setSession, (err: unknown) => setError(errorMessage(err)));
    client.submissions().then(setSubmissions, () => undefined);
  }, [client, setSession]);
  useEffect(reload, [reload]);
  // After the end the final submissions are still being judged: follow them until each has its verdict.
  const over = session?.value.status === 'ended' || session?.value.status === 'cancelled';
  const judging = submissions.some((x) => x.status !== 'finished');
  useEffect(() => {
    if (!client || !over || !judging) return;
    const timer = window.setInterval(() => void client.submissions().then(setSubmissions, () => undefined), 2000);
    return () => window.clearInterval(timer);
  }, [client, over, judging]);

  const initialClock = useMemo(
    () =>
      session
        ? {
            value: {
              status: session.value.status,
              serverTime: session.value.serverTime,
              startedAt: session.value.startedAt,
              deadlineAt: session.value.deadlineAt,
              endedAt: session.value.endedAt,
              totalMinutes: session.value.totalMinutes,
            },
            at: session.at,
          }
        : null,
    [session],
  );
  const { clock, left } = useServerClock(client, initialClock);
  const status = clock?.status ?? session?.value.status;
  // The server says the session ended (deadline, interviewer): show the end screen.
  const sessionStatus = session?.value.status;
  useEffect(() => {
    if (!clock || !sessionStatus || clock.status === sessionStatus || clock.status === 'scheduled') return;
    if (sessionStatus === 'live' || sessionStatus === 'scheduled') reload();
  }, [clock, sessionStatus, reload]);

  const start = () => {
    if (!client) return;
    setStarting(true);
    client.start().then(
      (started) => {
        setSession(started);
        setStarting(false);
      },
      (err: unknown) => {
        setError(errorMessage(err));
        setStarting(false);
      },
    );
  };

  if (revoked) return <RevokedScreen />;
  const problem = token || open ? error : 'This page needs the link your interviewer sent you.';
  if (problem && !session)
    return (
      <Container size="sm" py="xl">
        <Alert color="red" title="Cannot open the interview" data-testid="interview-error">
          {problem}
        </Alert>
      </Container>
    );
  if (!session || !client)
    return (
      <Group justify="center" py="xl">
        <Loader aria-label="Opening the interview" />
      </Group>
    );
  const current = session.value;
  if (current.status === 'scheduled')
    return (
      <ReadyPage
        session={clock ? { ...current, totalMinutes: clock.totalMinutes } : current}
        readAt={session.at}
        onStart={start}
        onReload={reload}
        starting={starting}
        error={error}
      />
    );
  if (current.status !== 'live') return <EndScreen session={current} submissions={submissions} mock={mock} />;

  return (
    <Stack h="100vh" gap={0}>
      <Group
        justify="space-between"
        px="md"
        py="xs"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        wrap="nowrap"
      >
        <Text fw={600} truncate>
          {current.title}
        </Text>
        <Group gap="md" wrap="nowrap">
          {mock && (
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                if (window.confirm('Finish the mock interview now? Your last code of each problem is submitted.'))
                  void mock.finish().then(reload, (err: unknown) => setError(errorMessage(err)));
              }}
              data-testid="finish-mock"
            >
              Finish now
            </Button>
          )}
          <Countdown left={left} status={status} />
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={setTab}
        keepMounted
        style={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}
      >
        <Tabs.List px="md">
          {current.problems.map((p) => (
            <Tabs.Tab key={p.position} value={String(p.position)}>
              {p.position}. {p.title}
            </Tabs.Tab>
          ))}
          {current.parts.map((p) => (
            <Tabs.Tab key={`part-${p.position}`} value={`part-${p.position}`} data-testid={`part-tab-${p.position}`}>
              {current.problems.length + p.position}. {p.title}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {current.problems.map((p) => (
          <Tabs.Panel
            key={p.position}
            value={String(p.position)}
            p="md"
            style={{ flex: 1, minHeight: 0, display: tab === String(p.position) ? 'flex' : 'none' }}
          >
            <ProblemWorkspace
              client={client}
              sessionId={current.id}
              problem={p}
              active={tab === String(p.position)}
              onActivity={reload}
            />
          </Tabs.Panel>
        ))}
        {current.parts.map((p) => (
          <Tabs.Panel
            key={`part-${p.position}`}
            value={`part-${p.position}`}
            p="md"
            style={{ flex: 1, minHeight: 0, display: tab === `part-${p.position}` ? 'flex' : 'none' }}
          >
            <CandidatePart client={client} part={p} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
