import { Alert, Anchor, Badge, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QUIZ_TOPICS, type QuizSetSummaryDto } from '@tryout/contracts';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';

function SetProgress({ set, signedIn }: { set: QuizSetSummaryDto; signedIn: boolean }) {
  if (!signedIn)
    return (
      <Text size="sm" c="dimmed">
        {set.questionCount} questions
      </Text>
    );
  const label = `${set.answered} of ${set.questionCount} answered, ${set.correct} right`;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Progress.Root aria-label={`${set.title}: ${label}`}>
        <Progress.Section value={(100 * set.correct) / set.questionCount} color="teal" />
        <Progress.Section value={(100 * (set.answered - set.correct)) / set.questionCount} color="red.4" />
      </Progress.Root>
    </Stack>
  );
}

/** `/quizzes`: knowledge questions on backend topics, grouped by topic. */
export default function QuizzesPage() {
  const { status } = useAuth();
  const sets = useQuery({
    queryKey: ['quizzes', status === 'signed-in'],
    queryFn: api.quizzes,
    enabled: status !== 'loading',
    staleTime: 0,
  });
  useEffect(() => {
    document.title = 'Quizzes · Tryout';
  }, []);
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={1} size="h2">
        Quizzes
      </Title>
      <Text c="dimmed">
        What backend interviews ask besides code: HTTP, API design, databases, caching, security, scaling and
        operations. Each answer is checked at once and explained.
      </Text>
      {sets.isError && (
        <Alert color="red" role="alert" title="Could not load the quizzes">
          {errorMessage(sets.error)}
        </Alert>
      )}
      {!sets.data && <Skeleton h={160} />}
      {sets.data?.length === 0 && <Text c="dimmed">No quizzes yet.</Text>}
      {QUIZ_TOPICS.map((topic) => {
        const mine = sets.data?.filter((s) => s.topic === topic.id) ?? [];
        if (!mine.length) return null;
        return (
          <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
            <Title order={2} size="h4" mb="xs" id={`topic-${topic.id}`}>
              {topic.label}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid={`quiz-topic-${topic.id}`}>
              {mine.map((s) => (
                <Card key={s.slug} withBorder component="article" aria-labelledby={`quiz-${s.slug}`}>
                  <Stack gap="xs" h="100%" justify="space-between">
                    <Stack gap={6}>
                      <Group justify="space-between" wrap="nowrap" align="flex-start">
                        <Title order={3} size="h5" id={`quiz-${s.slug}`}>
                          <Anchor component={Link} to={`/quizzes/${s.slug}`}>
                            {s.title}
                          </Anchor>
                        </Title>
                        {status === 'signed-in' && s.answered === s.questionCount && (
                          <Badge color="teal" variant="light">
                            Done
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm">{s.description}</Text>
                    </Stack>
                    <SetProgress set={s} signedIn={status === 'signed-in'} />
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        );
      })}
    </Stack>
  );
}
