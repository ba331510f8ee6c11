import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Container,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { INTERVIEW_LIMITS, LANGUAGES, type InterviewDetailDto, type InterviewReportDto } from '@tryout/contracts';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { verdictColor, verdictLabel } from '../shared/format.util';
import { PageLoader } from '../shared/page-loader';
import { inviteUrl, interviewsApi, shareUrl } from './interview-api';
import { formatCountdown, remainingMs } from './interview-clock.util';
import { ConfirmButton } from './confirm-button';
import { InterviewerOnly, STATUS_COLORS } from './interviews-page';
import { InterviewNotesPanel } from './notes/interview-notes-panel';
import { ReportView } from './report-view';
import { LivePartsPanel } from './parts/part-results';
import { ScorecardPanel } from './scorecards/scorecard-panel';
import { LivePanel } from './live/live-panel';
import { Playback, reportPlayback } from './live/playback';
import classes from './report.module.css';

/** While a session runs, the interviewer's view refreshes this often (part 1 polls; the candidate's clock is SSE). */
const LIVE_POLL_MS = 2_000;

function Controls({ s, onChange }: { s: InterviewDetailDto; onChange: (d: InterviewDetailDto) => void }) {
  const [minutes, setMinutes] = useState<number>(5);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = s.status === 'scheduled' || s.status === 'live';
  const act = (p: Promise<InterviewDetailDto>) => {
    setError(null);
    return p.then(onChange, (err: unknown) => setError(errorMessage(err)));
  };
  if (!open) return null;
  // Who and why are recorded and shown in the report: the reason is required.
  const reasonOk = reason.trim().length > 0;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        Clock
      </Title>
      <Group align="flex-end">
        <NumberInput
          label="Minutes (negative shortens)"
          value={minutes}
          min={-INTERVIEW_LIMITS.extendMinutesMax}
          max={INTERVIEW_LIMITS.extendMinutesMax}
          onChange={(v) => setMinutes(Number(v) || 0)}
          w={200}
        />
        <TextInput
          label="Reason"
          required
          placeholder="e.g. network trouble"
          maxLength={INTERVIEW_LIMITS.reasonMaxLength}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="time-change-reason"
        />
        <Button
          disabled={!reasonOk || minutes === 0}
          onClick={() => void act(interviewsApi.extend(s.id, minutes, reason.trim())).then(() => setReason(''))}
          data-testid="change-time"
        >
          Change time
        </Button>
      </Group>
      <Group mt="md">
        <ConfirmButton
          color="orange"
          title="End the interview now?"
          message="The clock stops for the candidate and the last code of each problem is submitted. This cannot be undone."
          confirmLabel="End now"
          onConfirm={() => act(interviewsApi.end(s.id))}
          testId="end-interview"
        >
          End now
        </ConfirmButton>
        <ConfirmButton
          color="red"
          variant="light"
          title="Cancel the interview?"
          message="The candidate's page closes and nothing is submitted. This cannot be undone."
          confirmLabel="Cancel interview"
          onConfirm={() => act(interviewsApi.cancel(s.id))}
          testId="cancel-interview"
        >
          Cancel interview
        </ConfirmButton>
      </Group>
      {error && (
        <Alert color="red" mt="sm">
          {error}
        </Alert>
      )}
    </Paper>
  );
}

function Links({ s, freshInvite }: { s: InterviewDetailDto; freshInvite: string | null }) {
  const queryClient = useQueryClient();
  const [invite, setInvite] = useState<string | null>(freshInvite);
  const [share, setShare] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['interview', s.id] });
  // Every action shows its failure here; none is left unhandled.
  const act = <T,>(p: Promise<T>, then: (value: T) => void) => {
    setError(null);
    return p.then(then, (err: unknown) => setError(errorMessage(err)));
  };
  // A new link would be refused (409) once the session is over; revoking one is moot then.
  const over = s.status === 'ended' || s.status === 'cancelled';
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        Links
      </Title>
      <Stack gap="xs">
        {invite && !over ? (
          <Group gap="xs" wrap="nowrap">
            <Code data-testid="invite-link" style={{ overflowWrap: 'anywhere' }}>
              {inviteUrl(invite)}
            </Code>
            <CopyButton value={inviteUrl(invite)}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" data-testid="invite-state">
            {over
              ? `The interview is ${s.status}: invite links can no longer be made or revoked.`
              : s.invite.active
                ? 'The invite link is shown once, when made. Make a new one to see it again (the old one stops working).'
                : s.invite.revokedAt
                  ? `The invite link was revoked at ${new Date(s.invite.revokedAt).toLocaleString()}.`
                  : 'No working invite link.'}
          </Text>
        )}
        {s.status === 'scheduled' && (s.windowStart || s.windowEnd) && (
          <Text size="sm" c="dimmed" data-testid="invite-window">
            {s.windowStart && `Start works from ${new Date(s.windowStart).toLocaleString()}`}
            {s.windowStart && s.windowEnd && ' · '}
            {s.windowEnd && `The link expires at ${new Date(s.windowEnd).toLocaleString()} unless started`}
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            disabled={over}
            data-testid="new-invite"
            onClick={() =>
              void act(interviewsApi.rotateInvite(s.id), (r) => {
                setInvite(r.inviteToken);
                refresh();
              })
            }
          >
            New invite link
          </Button>
          <ConfirmButton
            size="xs"
            variant="default"
            color="red"
            disabled={over || !s.invite.active}
            title="Revoke the invite link?"
            message="The candidate loses access at once, even mid-interview: their page stops saving and says the link was revoked. What they saved so far is kept. You can make a new link afterwards."
            confirmLabel="Revoke link"
            onConfirm={() =>
              act(interviewsApi.revokeInvite(s.id), () => {
                setInvite(null);
                refresh();
              })
            }
            testId="revoke-invite"
          >
            Revoke invite link
          </ConfirmButton>
        </Group>
        {share && (
          <Code data-testid="share-link" style={{ overflowWrap: 'anywhere' }}>
            {shareUrl(share)}
          </Code>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => void act(interviewsApi.share(s.id), (r) => setShare(r.shareToken))}
          >
            Share report link
          </Button>
          <Button
            size="xs"
            variant="default"
            color="red"
            disabled={!s.share.active && !share}
            onClick={() =>
              void act(interviewsApi.revokeShare(s.id), () => {
                setShare(null);
                refresh();
              })
            }
          >
            Revoke report link
          </Button>
          <Anchor component={Link} to={`/interviews/${s.id}/report`} size="sm">
            Open report
          </Anchor>
        </Group>
        {error && (
          <Alert color="red" data-testid="links-error">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** /interviews/:id: the session, the candidate's runs and submits as they happen, notes and controls. */
export function InterviewSessionPage() {
  // The role is checked before anything is fetched: signed out goes to the login page and back.
  return (
    <InterviewerOnly>
      <SessionView />
    </InterviewerOnly>
  );
}

function SessionView() {
  const { id = '' } = useParams();
  const location = useLocation();
  const freshInvite = (location.state as { inviteToken?: string } | null)?.inviteToken ?? null;
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: ['interview', id],
    queryFn: () => interviewsApi.detail(id),
    // Also after the end, until the final submissions have their verdicts.
    refetchInterval: (q) => (q.state.data && isSettled(q.state.data) ? false : LIVE_POLL_MS),
  });
  const [tick, setTick] = useState(() => Date.now());
  // A note's time, clicked on this page, seeks the playback above.
  const [seekMs, setSeekMs] = useState<number | null>(null);
  useEffect(() => {
    const t = window.setInterval(() => setTick(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, []);
  if (detail.error)
    return (
      <Container size="sm">
        <Alert color="red">{errorMessage(detail.error)}</Alert>
      </Container>
    );
  const s = detail.data;
  if (!s) return <PageLoader />;
  const left = s.status === 'live' ? remainingMs(s, detail.dataUpdatedAt, tick) : null;

  return (
    <Container size="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <div>
            <Title order={1}>{s.title}</Title>
            <Text c="dimmed">
              {s.candidateName} &lt;{s.candidateEmail}&gt; · {s.totalMinutes} min ·{' '}
              {s.problems.map((p) => p.title).join(', ')} · {s.languages.map((l) => LANGUAGES[l].name).join(', ')}
            </Text>
          </div>
          <Group>
            {s.status === 'scheduled' && s.startedAt && (
              <Text c="dimmed" data-testid="fixed-start">
                Starts by itself at {new Date(s.startedAt).toLocaleString()}
              </Text>
            )}
            {left !== null && (
              <Text fw={700} size="lg" role="timer" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatCountdown(left)}
              </Text>
            )}
            <Badge size="lg" color={STATUS_COLORS[s.status]} data-testid="interview-status">
              {s.status}
            </Badge>
          </Group>
        </Group>
        <Links s={s} freshInvite={freshInvite} />
        <Controls s={s} onChange={(d) => queryClient.setQueryData(['interview', id], d)} />
        {s.status === 'live' && <LivePanel s={s} />}
        {s.startedAt && s.status !== 'scheduled' && (
          <div id="playback">
            <Playback
              sessionId={s.id}
              problems={s.problems}
              language={s.languages[0]}
              refreshMs={s.status === 'live' ? LIVE_POLL_MS * 5 : false}
              seekMs={seekMs}
            />
          </div>
        )}
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            Runs and submissions
          </Title>
          {s.submissions.length === 0 ? (
            <Text c="dimmed" size="sm">
              Nothing yet.
            </Text>
          ) : (
            <Table data-testid="interview-submissions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Problem</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Language</Table.Th>
                  <Table.Th>Verdict</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.submissions.map((x) => (
                  <Table.Tr key={x.id}>
                    <Table.Td>{new Date(x.createdAt).toLocaleTimeString()}</Table.Td>
                    <Table.Td>{x.position}</Table.Td>
                    <Table.Td>
                      {x.mode}
                      {x.automatic ? ' (at the end)' : ''}
                    </Table.Td>
                    <Table.Td>{LANGUAGES[x.language].name}</Table.Td>
                    <Table.Td>
                      <Badge color={verdictColor(x.verdict)} variant="light">
                        {verdictLabel(x.verdict, x.status)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        {s.parts.length > 0 && (
          <LivePartsPanel sessionId={s.id} offset={s.problems.length} live={s.status === 'live'} />
        )}
        {s.extensions.length > 0 && (
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              Time changes
            </Title>
            {s.extensions.map((e) => (
              <Text size="sm" key={e.at}>
                {e.minutes > 0 ? `+${e.minutes}` : e.minutes} min by {e.by}: {e.reason}
              </Text>
            ))}
          </Paper>
        )}
        <ScorecardPanel
          sessionId={s.id}
          openQuestions={s.parts
            .filter((p) => p.kind === 'open')
            .map((p) => ({ position: p.position, title: p.title }))}
        />
        <InterviewNotesPanel
          sessionId={s.id}
          onSeek={(ms) => {
            setSeekMs(ms);
            document.getElementById('playback')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          }}
        />
      </Stack>
    </Container>
  );
}

/** Nothing more will change: the session is over and every run and submit has its verdict. */
function isSettled(s: Pick<InterviewDetailDto, 'status' | 'submissions'>): boolean {
  return (s.status === 'ended' || s.status === 'cancelled') && s.submissions.every((x) => x.status === 'finished');
}

/** /interviews/:id/report (interviewers). */
export function InterviewReportPage() {
  return (
    <InterviewerOnly>
      <InterviewReport />
    </InterviewerOnly>
  );
}

function InterviewReport() {
  const { id = '' } = useParams();
  const report = useQuery({
    queryKey: ['interview-report', id],
    queryFn: () => interviewsApi.report(id),
    refetchInterval: (q) =>
      q.state.data &&
      isSettled({ status: q.state.data.clock.status, submissions: q.state.data.problems.flatMap((p) => p.submissions) })
        ? false
        : LIVE_POLL_MS,
  });
  return (
    <Stack gap="md">
      <ReportState report={report.data} error={report.error} linkTimes />
      {report.data?.clock.startedAt && (
        <div className={`${classes.column} ${classes.noPrint}`} data-testid="report-playback">
          <Playback sessionId={id} {...reportPlayback(report.data)} />
        </div>
      )}
    </Stack>
  );
}

/** /interview-reports#<token>: the hiring team's read-only link, no account needed. */
export function SharedReportPage() {
  const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  const report = useQuery({
    queryKey: ['shared-report', token],
    queryFn: () => interviewsApi.sharedReport(token),
    enabled: !!token,
  });
  return (
    <Container size="lg" py="md">
      <Stack gap="md">
        <ReportState report={report.data} error={token ? report.error : new Error('This page needs a report link.')} />
        {report.data?.clock.startedAt && (
          <div className={`${classes.column} ${classes.noPrint}`} data-testid="report-playback">
            <Playback
              sessionId={report.data.id}
              {...reportPlayback(report.data)}
              fetchTimeline={(position) => interviewsApi.sharedTimeline(token, position)}
            />
          </div>
        )}
      </Stack>
    </Container>
  );
}

function ReportState({
  report,
  error,
  linkTimes = false,
}: {
  report: InterviewReportDto | undefined;
  error: unknown;
  linkTimes?: boolean;
}) {
  if (error) return <Alert color="red">{errorMessage(error)}</Alert>;
  if (!report) return <PageLoader />;
  return <ReportView report={report} linkTimes={linkTimes} />;
}
