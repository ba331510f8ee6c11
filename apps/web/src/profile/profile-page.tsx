import { Alert, Anchor, Card, Group, Loader, RingProgress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DIFFICULTIES, LANGUAGES } from '@tryout/contracts';
import { useEffect } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { PageLoader } from '../shared/page-loader';
import {
  DIFFICULTY_COLORS,
  DIFFICULTY_LABELS,
  formatRelative,
  verdictColor,
  verdictLabel,
} from '../shared/format.util';
import { QuizProgressCard } from '../quizzes/quiz-progress-card';
import { ActivityChart } from './activity-chart';

export default function ProfilePage() {
  const { status, user } = useAuth();
  const progress = useQuery({ queryKey: ['progress'], queryFn: api.progress, enabled: status === 'signed-in' });
  const recent = useQuery({
    queryKey: ['submissions', 'recent'],
    queryFn: () => api.submissions({ limit: 100 }),
    enabled: status === 'signed-in',
  });

  useEffect(() => {
    document.title = 'Profile · Tryout';
  }, []);

  if (status === 'loading') return <PageLoader />;
  if (status === 'signed-out') return <Navigate to="/login?next=%2Fprofile" replace />;

  const p = progress.data;
  const submissions = recent.data?.items ?? [];
  return (
    <Stack maw={1100} mx="auto" gap="lg">
      <Title order={1} size="h2">
        {user?.displayName}
      </Title>
      {(progress.isError || recent.isError) && (
        <Alert color="red" role="alert">
          {errorMessage(progress.error ?? recent.error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} mb="sm">
            Solved problems
          </Text>
          {!p ? (
            <Loader size="sm" />
          ) : (
            <Group gap="xl" wrap="nowrap">
              <RingProgress
                size={120}
                thickness={10}
                roundCaps
                label={
                  <Text ta="center" fw={700} size="lg" data-testid="solved-count">
                    {p.solved}
                    <Text span size="xs" c="dimmed" display="block" fw={400}>
                      of {p.totalProblems}
                    </Text>
                  </Text>
                }
                sections={DIFFICULTIES.map((d) => ({
                  value: p.totalProblems ? (100 * p.solvedByDifficulty[d]) / p.totalProblems : 0,
                  color: DIFFICULTY_COLORS[d],
                  tooltip: `${DIFFICULTY_LABELS[d]}: ${p.solvedByDifficulty[d]}`,
                }))}
              />
              <Stack gap={4}>
                {DIFFICULTIES.map((d) => (
                  <Text key={d} size="sm">
                    <Text span fw={600} c={`${DIFFICULTY_COLORS[d]}.8`}>
                      {DIFFICULTY_LABELS[d]}
                    </Text>{' '}
                    {p.solvedByDifficulty[d]}
                  </Text>
                ))}
                <Text size="sm" c="dimmed">
                  Attempted {p.attempted} · Streak {p.currentStreak} d (best {p.longestStreak} d)
                </Text>
              </Stack>
            </Group>
          )}
        </Card>
        <Card withBorder>
          <Text fw={600} mb="sm">
            Activity{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              (submissions per day, UTC)
            </Text>
          </Text>
          {recent.data ? <ActivityChart submissions={submissions} /> : <Loader size="sm" />}
        </Card>
      </SimpleGrid>
      <QuizProgressCard />
      <Card withBorder>
        <Text fw={600} mb="sm">
          Recent submissions
        </Text>
        {recent.data && submissions.length === 0 && (
          <Text c="dimmed" size="sm">
            Nothing yet.{' '}
            <Anchor component={Link} to="/problems">
              Pick a problem
            </Anchor>
            .
          </Text>
        )}
        {submissions.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="recent-submissions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Problem</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <Table.Th>Language</Table.Th>
                  <Table.Th>When</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {submissions.slice(0, 15).map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/problems/${s.problemSlug}`}>
                        {s.problemTitle}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {/* Opens the problem page with this submission open in its history. */}
                      <Anchor
                        component={Link}
                        to={`/problems/${s.problemSlug}?submission=${encodeURIComponent(s.id)}`}
                        fw={600}
                        c={verdictColor(s.verdict)}
                        size="sm"
                        aria-label={`${verdictLabel(s.verdict, s.status)}: open this submission to ${s.problemTitle}`}
                        data-testid="recent-submission-link"
                      >
                        {verdictLabel(s.verdict, s.status)}
                      </Anchor>
                      {s.mode === 'run' && (
                        <Text span c="dimmed" size="xs">
                          {' '}
                          (run)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{LANGUAGES[s.language].name}</Table.Td>
                    <Table.Td>{formatRelative(s.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
