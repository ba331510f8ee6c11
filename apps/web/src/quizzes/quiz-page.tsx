import { Alert, Anchor, Breadcrumbs, Button, Group, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { quizTopicLabel, type QuizSetDto } from '@tryout/contracts';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { NotFoundPage } from '../shared/not-found-page';
import { QuizQuestionCard } from './quiz-question-card';

/** `/quizzes/:slug`: one set, every question on one page, each checked on its own. */
export default function QuizPage() {
  const { slug = '' } = useParams();
  const { status } = useAuth();
  const location = useLocation();
  const client = useQueryClient();
  const key = ['quiz', slug, status === 'signed-in'];
  const set = useQuery({ queryKey: key, queryFn: () => api.quiz(slug), enabled: status !== 'loading', staleTime: 0 });
  const [errors, setErrors] = useState<Record<string, string>>({});

  const answer = useMutation({
    mutationFn: (v: { questionId: string; choices?: string[]; text?: string }) =>
      api.answerQuiz(slug, v.questionId, { choices: v.choices, text: v.text }),
    onSuccess: (result) => {
      setErrors((e) => ({ ...e, [result.questionId]: '' }));
      client.setQueryData<QuizSetDto>(key, (old) => {
        if (!old) return old;
        const questions = old.questions.map((q) => (q.id === result.questionId ? { ...q, result } : q));
        const done = questions.filter((q) => q.result);
        return { ...old, questions, answered: done.length, correct: done.filter((q) => q.result?.correct).length };
      });
      void client.invalidateQueries({ queryKey: ['quizzes'] });
    },
    onError: (err, v) => setErrors((e) => ({ ...e, [v.questionId]: errorMessage(err) })),
  });
  const retake = useMutation({
    mutationFn: () => api.retakeQuiz(slug),
    onSuccess: () => {
      setErrors({});
      void client.invalidateQueries({ queryKey: ['quiz', slug] });
      void client.invalidateQueries({ queryKey: ['quizzes'] });
    },
  });

  useEffect(() => {
    document.title = `${set.data?.title ?? 'Quiz'} · Tryout`;
  }, [set.data?.title]);

  if (set.error instanceof ApiError && set.error.status === 404) return <NotFoundPage />;
  const q = set.data;
  const signedIn = status === 'signed-in';
  const next = encodeURIComponent(location.pathname);
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/quizzes">
          Quizzes
        </Anchor>
        {q && <Text size="sm">{quizTopicLabel(q.topic)}</Text>}
      </Breadcrumbs>
      {set.isError && (
        <Alert color="red" role="alert" title="Could not load this quiz">
          {errorMessage(set.error)}
        </Alert>
      )}
      {!q ? (
        <Skeleton h={240} />
      ) : (
        <>
          <Stack gap={4}>
            <Title order={1} size="h2">
              {q.title}
            </Title>
            <Text c="dimmed">{q.description}</Text>
          </Stack>
          {signedIn ? (
            <Group justify="space-between" align="center" wrap="nowrap">
              <Stack gap={4} style={{ flex: 1 }}>
                <Text size="sm" data-testid="quiz-score">
                  {q.answered} of {q.questions.length} answered · {q.correct} right
                </Text>
                <Progress
                  value={(100 * q.correct) / q.questions.length}
                  color="teal"
                  aria-label={`${q.correct} of ${q.questions.length} right`}
                />
              </Stack>
              <Button
                variant="default"
                size="xs"
                disabled={q.answered === 0}
                loading={retake.isPending}
                onClick={() => retake.mutate()}
              >
                Retake
              </Button>
            </Group>
          ) : (
            <Alert color="blue" title="Sign in to answer">
              <Text size="sm">
                Anyone can read the questions; answers are checked and remembered for signed-in users.{' '}
                <Anchor component={Link} to={`/login?next=${next}`}>
                  Log in
                </Anchor>{' '}
                or{' '}
                <Anchor component={Link} to={`/register?next=${next}`}>
                  sign up
                </Anchor>
                .
              </Text>
            </Alert>
          )}
          {q.questions.map((question, i) => (
            <QuizQuestionCard
              key={`${question.id}-${question.result?.answeredAt ?? 'open'}`}
              question={question}
              number={i + 1}
              pending={answer.isPending && answer.variables?.questionId === question.id}
              error={errors[question.id] || null}
              onAnswer={
                signedIn
                  ? async (a) =>
                      void (await answer.mutateAsync({ questionId: question.id, ...a }).catch(() => undefined))
                  : null
              }
            />
          ))}
        </>
      )}
    </Stack>
  );
}
