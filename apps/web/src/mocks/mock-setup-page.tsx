import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DIFFICULTIES,
  isSqlLanguage,
  LANGUAGE_IDS,
  LANGUAGES,
  MOCK_LIMITS,
  MOCK_PRESETS,
  type CreateMockRequest,
  type LanguageId,
  type MockDifficultyCounts,
  type MockSummaryDto,
} from '@tryout/contracts';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { DIFFICULTY_LABELS, verdictColor, verdictLabel } from '../shared/format.util';
import { STATUS_COLORS } from '../interviews/interviews-page';
import { mocksApi } from './mock-api';

const DEFAULT_LANGUAGES: LanguageId[] = ['python', 'java', 'javascript'];

/** /mock: a timed mock interview drawn from the catalog (a preset mix or a custom one), and the history. */
export default function MockSetupPage() {
  const { status, user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signedIn = status === 'signed-in' && !!user;
  const tags = useQuery({ queryKey: ['tags'], queryFn: api.tags });
  const lists = useQuery({ queryKey: ['lists'], queryFn: api.lists });
  const history = useQuery({ queryKey: ['mocks'], queryFn: mocksApi.list, enabled: signedIn });
  const [preset, setPreset] = useState<string | null>('two-mediums');
  const initial = MOCK_PRESETS.find((p) => p.id === 'two-mediums')!.request;
  const [counts, setCounts] = useState<MockDifficultyCounts>(initial.counts);
  const [topics, setTopics] = useState<string[]>([]);
  const [list, setList] = useState<string | null>(null);
  const [duration, setDuration] = useState<number>(initial.durationMinutes);
  const [languages, setLanguages] = useState<LanguageId[]>(DEFAULT_LANGUAGES);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const applyPreset = (id: string) => {
    const p = MOCK_PRESETS.find((x) => x.id === id);
    if (!p) return;
    setPreset(id);
    setCounts(p.request.counts);
    setTopics(p.request.tags ?? []);
    setList(p.request.list ?? null);
    setDuration(p.request.durationMinutes);
    // A SQL round sets its dialect; leaving it for another preset brings the coding languages back.
    setLanguages((current) => p.languages ?? (current.every((l) => isSqlLanguage(l)) ? DEFAULT_LANGUAGES : current));
  };
  const custom = () => setPreset(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: CreateMockRequest = {
      counts,
      durationMinutes: duration,
      languages,
      ...(topics.length ? { tags: topics } : {}),
      ...(list ? { list } : {}),
    };
    mocksApi.create(body).then(
      (mock) => {
        void queryClient.invalidateQueries({ queryKey: ['mocks'] });
        void navigate(`/mock/${mock.id}`);
      },
      (err: unknown) => {
        setError(errorMessage(err));
        setBusy(false);
      },
    );
  };

  return (
    <Container size="lg">
      <Stack gap="lg">
        <div>
          <Title order={1}>Mock interview</Title>
          <Text c="dimmed">
            A timed session drawn from the catalog, on the interview page: the server keeps the clock, your last code is
            submitted when time is up, and a report shows how it went. Problems you have not solved come first.
          </Text>
        </div>
        {status !== 'loading' && !signedIn && (
          <Alert color="blue" title="Sign in to take a mock interview">
            <Anchor component={Link} to="/login">
              Log in
            </Anchor>{' '}
            or{' '}
            <Anchor component={Link} to="/register">
              create an account
            </Anchor>
            : mocks and their reports are kept on your profile.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 5 }} role="radiogroup" aria-label="Preset mixes">
          {MOCK_PRESETS.map((p) => (
            <Card
              key={p.id}
              withBorder
              padding="md"
              radius="md"
              component="button"
              type="button"
              role="radio"
              aria-checked={preset === p.id}
              onClick={() => applyPreset(p.id)}
              style={{
                textAlign: 'left',
                cursor: 'pointer',
                borderColor: preset === p.id ? 'var(--mantine-primary-color-filled)' : undefined,
              }}
              data-testid={`mock-preset-${p.id}`}
            >
              <Text fw={600}>{p.title}</Text>
              <Text size="sm" c="dimmed">
                {p.description}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} aria-label="Mock interview setup">
          <Stack>
            <Group grow align="flex-start">
              {DIFFICULTIES.map((d) => (
                <NumberInput
                  key={d}
                  label={`${DIFFICULTY_LABELS[d]} problems`}
                  min={0}
                  max={MOCK_LIMITS.perDifficultyMax}
                  value={counts[d]}
                  onChange={(v) => {
                    custom();
                    setCounts((c) => ({ ...c, [d]: Number(v) || 0 }));
                  }}
                />
              ))}
              <NumberInput
                label="Duration (minutes)"
                min={MOCK_LIMITS.durationMinutesMin}
                max={MOCK_LIMITS.durationMinutesMax}
                value={duration}
                onChange={(v) => {
                  custom();
                  setDuration(Number(v) || 0);
                }}
              />
            </Group>
            <Group grow align="flex-start">
              <MultiSelect
                label="Topics (any of them)"
                placeholder={topics.length ? undefined : 'All topics'}
                searchable
                clearable
                maxValues={MOCK_LIMITS.tagsMax}
                data={(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
                value={topics}
                onChange={(v) => {
                  custom();
                  setTopics(v);
                }}
              />
              <Select
                label="From a list"
                placeholder="The whole catalog"
                clearable
                data={(lists.data ?? []).map((l) => ({ value: l.slug, label: l.title }))}
                value={list}
                onChange={(v) => {
                  custom();
                  setList(v);
                }}
              />
            </Group>
            <MultiSelect
              label="Languages"
              data-testid="mock-languages"
              required
              data={LANGUAGE_IDS.map((l) => ({ value: l, label: LANGUAGES[l].name }))}
              value={languages}
              onChange={(v) => setLanguages(v as LanguageId[])}
            />
            {error && (
              <Alert color="red" data-testid="mock-error">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={busy} disabled={!signedIn} data-testid="start-mock">
                Start mock interview
              </Button>
            </Group>
          </Stack>
        </Paper>
        {signedIn && <MockHistory mocks={history.data} error={history.error} />}
      </Stack>
    </Container>
  );
}

function MockHistory({ mocks, error }: { mocks: MockSummaryDto[] | undefined; error: unknown }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Your mock interviews
      </Title>
      {!!error && <Alert color="red">{errorMessage(error)}</Alert>}
      {mocks?.length === 0 && <Text c="dimmed">None yet.</Text>}
      {!!mocks?.length && (
        <Table striped data-testid="mock-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Problems</Table.Th>
              <Table.Th>Minutes</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mocks.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{new Date(m.createdAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {m.problems.map((p) => (
                      <Group key={p.position} gap={6} wrap="nowrap">
                        <Text size="sm">{p.title}</Text>
                        {m.status === 'ended' && (
                          <Badge size="sm" variant="light" color={verdictColor(p.finalVerdict)}>
                            {p.finalVerdict ? verdictLabel(p.finalVerdict) : 'not submitted'}
                          </Badge>
                        )}
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{m.totalMinutes}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[m.status]} variant="light">
                    {m.status === 'cancelled' ? 'replaced' : m.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {(m.status === 'scheduled' || m.status === 'live') && (
                    <Anchor component={Link} to={`/mock/${m.id}`}>
                      {m.status === 'live' ? 'Continue' : 'Open'}
                    </Anchor>
                  )}
                  {m.status === 'ended' && (
                    <Anchor component={Link} to={`/mock/${m.id}/report`}>
                      Report
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
