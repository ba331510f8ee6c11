import { Anchor, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';

/** The profile's knowledge card: per topic, how many quiz questions were answered right. */
export function QuizProgressCard() {
  const progress = useQuery({ queryKey: ['quizzes', 'progress'], queryFn: api.quizProgress });
  const topics = (progress.data ?? []).filter((t) => t.questions > 0);
  return (
    <Card withBorder data-testid="quiz-progress">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>Knowledge quizzes</Text>
        <Anchor component={Link} to="/quizzes" size="sm">
          All quizzes
        </Anchor>
      </Group>
      {progress.data && topics.length === 0 && (
        <Text size="sm" c="dimmed">
          No quizzes yet.
        </Text>
      )}
      <Stack gap="xs">
        {topics.map((t) => {
          const label = `${t.correct} of ${t.questions} right`;
          return (
            <Stack key={t.topic} gap={2}>
              <Group justify="space-between">
                <Text size="sm">{t.label}</Text>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
              </Group>
              <Progress value={(100 * t.correct) / t.questions} color="teal" aria-label={`${t.label}: ${label}`} />
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
