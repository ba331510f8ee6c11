import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { InterviewPartResultDto, InterviewQuizQuestionResultDto } from '@tryout/contracts';
import { errorMessage } from '../../api/api-error';
import { StatementMarkdown } from '../../problem/statement-markdown';
import { InlineMarkdown } from '../../quizzes/inline-markdown';
import { interviewsApi } from '../interview-api';

/** An answer as a person reads it: the picked choices' texts, or the typed text. */
function answerText(q: InterviewQuizQuestionResultDto): string {
  if (!q.given) return '';
  if ('text' in q.given) return q.given.text;
  const byId = new Map((q.choices ?? []).map((c) => [c.id, c.text]));
  return q.given.choices.map((id) => byId.get(id) ?? id).join('; ');
}

function keyText(q: InterviewQuizQuestionResultDto): string {
  if (q.acceptedAnswer !== undefined) return q.acceptedAnswer;
  const byId = new Map((q.choices ?? []).map((c) => [c.id, c.text]));
  return (q.correctChoices ?? []).map((id) => byId.get(id) ?? id).join('; ');
}

function QuizResult({ part }: { part: InterviewPartResultDto }) {
  const questions = part.questions ?? [];
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={3} size="h4">
          {part.title}
        </Title>
        <Badge variant="filled" data-testid={`part-score-${part.position}`}>
          {part.score ?? 0}/{questions.length} right
        </Badge>
        <Text size="sm" c="dimmed">
          {part.answered ?? 0} of {questions.length} answered
        </Text>
      </Group>
      <Table data-testid={`part-questions-${part.position}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            <Table.Th>Answer</Table.Th>
            <Table.Th>Right answer</Table.Th>
            <Table.Th>Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questions.map((q, i) => (
            <Table.Tr key={q.id} data-testid={`part-question-${q.id}`}>
              <Table.Td>
                {i + 1}. <InlineMarkdown markdown={q.prompt} />
              </Table.Td>
              <Table.Td>{q.given ? <InlineMarkdown markdown={answerText(q)} /> : <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                <InlineMarkdown markdown={keyText(q)} />
              </Table.Td>
              <Table.Td>
                {q.correct === null ? (
                  <Text c="dimmed" size="sm">
                    Not answered
                  </Text>
                ) : q.correct ? (
                  <Group gap={4} c="teal">
                    <IconCheck size={16} aria-hidden /> <Text size="sm">Right</Text>
                  </Group>
                ) : (
                  <Group gap={4} c="red">
                    <IconX size={16} aria-hidden /> <Text size="sm">Wrong</Text>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function OpenResult({ part }: { part: InterviewPartResultDto }) {
  const open = part.open!;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={3} size="h4">
          {part.title}
        </Title>
        <Badge variant="filled">{open.format === 'design' ? 'Design prompt' : 'Open question'}</Badge>
      </Group>
      <StatementMarkdown markdown={open.prompt} />
      {open.rubric && (
        <Paper
          withBorder
          p="xs"
          radius="sm"
          bg="var(--mantine-color-default-hover)"
          data-testid={`part-rubric-${part.position}`}
        >
          <Text size="sm" fw={600}>
            Rubric
          </Text>
          <StatementMarkdown markdown={open.rubric} />
        </Paper>
      )}
      <Text size="sm" fw={600}>
        Answer
        {part.answer && (
          <Text span size="xs" c="dimmed">
            {' '}
            (saved {new Date(part.answer.savedAt).toLocaleTimeString()})
          </Text>
        )}
      </Text>
      {part.answer?.text.trim() ? (
        <Paper withBorder p="xs" radius="sm" data-testid={`part-answer-${part.position}`}>
          <StatementMarkdown markdown={part.answer.text} />
        </Paper>
      ) : (
        <Text c="dimmed" size="sm">
          No answer.
        </Text>
      )}
    </Stack>
  );
}

/** The quiz and open parts with the candidate's answers: the session page (live) and the report. */
export function PartResults({ parts, offset }: { parts: InterviewPartResultDto[]; offset: number }) {
  return (
    <Stack gap="lg">
      {parts.map((p) => (
        <Stack key={p.position} gap={4} data-testid={`report-part-${p.position}`} style={{ breakInside: 'avoid' }}>
          <Text size="xs" c="dimmed">
            Part {offset + p.position}
          </Text>
          {p.kind === 'quiz' ? <QuizResult part={p} /> : <OpenResult part={p} />}
        </Stack>
      ))}
    </Stack>
  );
}

/** The session page's live view of the parts: polled while the session runs. */
export function LivePartsPanel({ sessionId, offset, live }: { sessionId: string; offset: number; live: boolean }) {
  const parts = useQuery({
    queryKey: ['interview-parts', sessionId],
    queryFn: () => interviewsApi.parts(sessionId),
    refetchInterval: live ? 2000 : false,
  });
  return (
    <Paper withBorder p="md" radius="md" data-testid="live-parts">
      <Title order={2} size="h4" mb="xs">
        Quizzes and open questions
      </Title>
      {parts.error && <Text c="red">{errorMessage(parts.error)}</Text>}
      {parts.data && <PartResults parts={parts.data} offset={offset} />}
    </Paper>
  );
}
