import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  INTERVIEW_LIMITS,
  LANGUAGE_IDS,
  LANGUAGES,
  PROBLEM_PAGE_SIZE_MAX,
  type InterviewPartRequest,
  type InterviewStatus,
  type LanguageId,
  type ProblemSummaryDto,
} from '@tryout/contracts';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { PageLoader } from '../shared/page-loader';
import { interviewsApi } from './interview-api';
import { PartsEditor, partRequestsOf } from './parts/parts-editor';
import { TemplateBar } from './template-bar';

export const STATUS_COLORS: Record<InterviewStatus, string> = {
  scheduled: 'blue',
  live: 'green',
  ended: 'gray',
  cancelled: 'red',
};

/**
 * Interviewers' pages: signed out, to the login page and back here; a candidate account gets a
 * "not available" page. Nothing inside runs (no API call) until the role is known.
 */
function InterviewerOnly({ children }: { children: React.ReactNode }) {
  const { status, user } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageLoader />;
  if (status === 'signed-out' || !user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (user.role === 'candidate')
    return (
      <Container size="sm" py="xl">
        <Alert color="yellow" title="This page is not available" data-testid="interviewers-only">
          Interviews are run by interviewer accounts; yours is a candidate account. If you were invited to an interview,
          open the link your interviewer sent you.{' '}
          <Anchor component={Link} to="/problems">
            Back to the problems
          </Anchor>
        </Alert>
      </Container>
    );
  return <>{children}</>;
}

/** The whole catalog, page after page (a page holds at most PROBLEM_PAGE_SIZE_MAX): the picker filters it as you type. */
async function wholeCatalog(): Promise<ProblemSummaryDto[]> {
  const items: ProblemSummaryDto[] = [];
  for (let page = 1; ; page++) {
    const res = await api.problems({ pageSize: PROBLEM_PAGE_SIZE_MAX, sort: 'title', page });
    items.push(...res.items);
    if (res.items.length === 0 || items.length >= res.total) return items;
  }
}

/** /interviews: the sessions the interviewer owns or was added to. */
export function InterviewsPage() {
  const sessions = useQuery({ queryKey: ['interviews'], queryFn: interviewsApi.list, refetchInterval: 10_000 });
  return (
    <InterviewerOnly>
      <Container size="lg">
        <Group justify="space-between" mb="md">
          <Title order={1}>Interviews</Title>
          <Button component={Link} to="/interviews/new">
            New interview
          </Button>
        </Group>
        {sessions.error && <Alert color="red">{errorMessage(sessions.error)}</Alert>}
        {sessions.data?.length === 0 && <Text c="dimmed">No interviews yet.</Text>}
        {!!sessions.data?.length && (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Title</Table.Th>
                <Table.Th>Candidate</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Minutes</Table.Th>
                <Table.Th>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/interviews/${s.id}`}>
                      {s.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{s.candidateName}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[s.status]} variant="light">
                      {s.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{s.totalMinutes}</Table.Td>
                  <Table.Td>{s.owner}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Container>
    </InterviewerOnly>
  );
}

/** /interviews/new: title, problems from the catalog (in order), quiz sets and open questions, duration, languages, candidate, co-interviewers. */
export function NewInterviewPage() {
  const navigate = useNavigate();
  const catalog = useQuery({ queryKey: ['problems', 'interview-picker'], queryFn: wholeCatalog });
  // Titles of a loaded template's problems, in case one is no longer in the catalog's list.
  const [knownTitles, setKnownTitles] = useState<Record<string, string>>({});
  const [title, setTitle] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [parts, setParts] = useState<InterviewPartRequest[]>([]);
  const [duration, setDuration] = useState<number>(45);
  const [languages, setLanguages] = useState<LanguageId[]>(['python', 'java', 'javascript']);
  const [candidateName, setCandidateName] = useState('');
  const [candidateEmail, setCandidateEmail] = useState('');
  const [coInterviewers, setCoInterviewers] = useState<string[]>([]);
  const [windowStart, setWindowStart] = useState('');
  const [startAt, setStartAt] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    interviewsApi
      .create({
        title,
        problems,
        parts,
        durationMinutes: duration,
        languages,
        candidateName,
        candidateEmail,
        coInterviewers,
        ...(windowStart ? { windowStart: new Date(windowStart).toISOString() } : {}),
        ...(startAt ? { startAt: new Date(startAt).toISOString() } : {}),
        ...(windowEnd ? { windowEnd: new Date(windowEnd).toISOString() } : {}),
      })
      .then(
        (res) => void navigate(`/interviews/${res.interview.id}`, { state: { inviteToken: res.inviteToken } }),
        (err: unknown) => {
          setError(errorMessage(err));
          setBusy(false);
        },
      );
  };

  return (
    <InterviewerOnly>
      <Container size="sm">
        <Title order={1} mb="md">
          New interview
        </Title>
        <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
          <Stack>
            <TemplateBar
              current={{ problems, parts, durationMinutes: duration, languages }}
              onLoad={(t) => {
                setProblems(t.problems.map((p) => p.slug));
                setKnownTitles((known) => ({
                  ...known,
                  ...Object.fromEntries(t.problems.map((p) => [p.slug, `${p.title} (${p.difficulty})`])),
                }));
                setParts(partRequestsOf(t.parts));
                setDuration(t.durationMinutes);
                setLanguages(t.languages);
                if (!title.trim()) setTitle(t.name);
              }}
            />
            <TextInput
              label="Title"
              required
              maxLength={INTERVIEW_LIMITS.titleMaxLength}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <MultiSelect
              label={`Problems (${INTERVIEW_LIMITS.problemsMin}–${INTERVIEW_LIMITS.problemsMax}, in order)`}
              required
              searchable
              maxValues={INTERVIEW_LIMITS.problemsMax}
              data={pickerOptions(catalog.data ?? [], problems, knownTitles)}
              nothingFoundMessage={catalog.isPending ? 'Loading the catalog…' : 'No problem matches'}
              limit={50}
              value={problems}
              onChange={setProblems}
              data-testid="problem-picker"
            />
            <PartsEditor value={parts} onChange={setParts} />
            <NumberInput
              label="Duration (minutes)"
              required
              min={INTERVIEW_LIMITS.durationMinutesMin}
              max={INTERVIEW_LIMITS.durationMinutesMax}
              value={duration}
              onChange={(v) => setDuration(Number(v) || 0)}
            />
            <MultiSelect
              label="Allowed languages"
              required
              data={LANGUAGE_IDS.map((l) => ({ value: l, label: LANGUAGES[l].name }))}
              value={languages}
              onChange={(v) => setLanguages(v as LanguageId[])}
            />
            <Group grow>
              <TextInput
                label="Candidate name"
                required
                maxLength={INTERVIEW_LIMITS.candidateNameMaxLength}
                value={candidateName}
                onChange={(e) => setCandidateName(e.currentTarget.value)}
              />
              <TextInput
                label="Candidate e-mail"
                type="email"
                required
                value={candidateEmail}
                onChange={(e) => setCandidateEmail(e.currentTarget.value)}
              />
            </Group>
            <TagsInput
              label="Co-interviewers (e-mails)"
              maxTags={INTERVIEW_LIMITS.coInterviewersMax}
              value={coInterviewers}
              onChange={setCoInterviewers}
            />
            <TextInput
              label="Link opens (optional)"
              description="The candidate can read the rules before then, but Start works only from this time."
              type="datetime-local"
              value={windowStart}
              onChange={(e) => setWindowStart(e.currentTarget.value)}
            />
            <TextInput
              label="Starts at (optional)"
              description="A fixed start: the clock starts by itself at this time. Without it, it starts when the candidate presses Start."
              type="datetime-local"
              value={startAt}
              onChange={(e) => setStartAt(e.currentTarget.value)}
            />
            <TextInput
              label="Link expires (optional)"
              description="Until the candidate starts; without it, the link works for 14 days."
              type="datetime-local"
              value={windowEnd}
              onChange={(e) => setWindowEnd(e.currentTarget.value)}
            />
            {error && <Alert color="red">{error}</Alert>}
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                Create interview
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Container>
    </InterviewerOnly>
  );
}

/** The catalog's problems as options, plus any picked one it does not list (so no pill shows a bare slug). */
function pickerOptions(
  catalog: ProblemSummaryDto[],
  picked: string[],
  known: Record<string, string>,
): { value: string; label: string }[] {
  const options = catalog.map((p) => ({ value: p.slug, label: `${p.title} (${p.difficulty})` }));
  const listed = new Set(options.map((o) => o.value));
  for (const slug of picked) if (!listed.has(slug)) options.push({ value: slug, label: known[slug] ?? slug });
  return options;
}

export { InterviewerOnly };
