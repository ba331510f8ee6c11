import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import {
  INTERVIEW_PART_LIMITS,
  type InterviewPartRefDto,
  type InterviewPartRequest,
  type OpenQuestionFormat,
} from '@tryout/contracts';
import { useState } from 'react';
import { api } from '../../api/endpoints';

const L = INTERVIEW_PART_LIMITS;

/** A template's (or session's) parts as the form edits them. */
export function partRequestsOf(refs: InterviewPartRefDto[]): InterviewPartRequest[] {
  return refs.map((p) => (p.quiz ? { kind: 'quiz', quiz: p.quiz.slug } : { kind: 'open', title: p.title, ...p.open }));
}

/**
 * The New interview form's quiz sets and open questions, after the problems: add a quiz set from
 * the catalog or write an open question (a prompt, a format and an optional rubric only
 * interviewers see), reorder, remove.
 */
export function PartsEditor({
  value,
  onChange,
}: {
  value: InterviewPartRequest[];
  onChange: (parts: InterviewPartRequest[]) => void;
}) {
  const quizzes = useQuery({ queryKey: ['quizzes'], queryFn: api.quizzes });
  const [quiz, setQuiz] = useState<string | null>(null);
  const titles = new Map((quizzes.data ?? []).map((q) => [q.slug, `${q.title} (${q.questionCount} questions)`]));
  const full = value.length >= L.partsMax;
  const update = (i: number, patch: Partial<InterviewPartRequest>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const move = (i: number) => {
    const next = [...value];
    [next[i - 1], next[i]] = [next[i], next[i - 1]];
    onChange(next);
  };
  return (
    <Stack gap="xs" data-testid="parts-editor">
      <Text size="sm" fw={500}>
        Quizzes and open questions (optional, up to {L.partsMax}, after the problems)
      </Text>
      {value.map((p, i) => (
        <Paper key={i} withBorder p="xs" radius="sm" data-testid={`part-editor-${i + 1}`}>
          <Group justify="space-between" mb={p.kind === 'open' ? 'xs' : 0} wrap="nowrap">
            <Text size="sm" fw={600}>
              {i + 1}. {p.kind === 'quiz' ? `Quiz: ${titles.get(p.quiz ?? '') ?? p.quiz}` : 'Open question'}
            </Text>
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label="Move up" disabled={i === 0} onClick={() => move(i)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label="Remove"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
          {p.kind === 'open' && (
            <Stack gap="xs">
              <SegmentedControl
                aria-label="Format"
                size="xs"
                data={[
                  { value: 'text', label: 'Free text' },
                  { value: 'design', label: 'Design prompt' },
                ]}
                value={p.format ?? 'text'}
                onChange={(v) => update(i, { format: v as OpenQuestionFormat })}
              />
              <TextInput
                label="Title"
                required
                maxLength={L.openTitleMaxLength}
                value={p.title ?? ''}
                onChange={(e) => update(i, { title: e.currentTarget.value })}
              />
              <Textarea
                label="Prompt (Markdown)"
                required
                autosize
                minRows={2}
                maxLength={L.openPromptMaxLength}
                value={p.prompt ?? ''}
                onChange={(e) => update(i, { prompt: e.currentTarget.value })}
              />
              <Textarea
                label="Rubric (Markdown, optional)"
                description="Only interviewers see it, beside the answer."
                autosize
                minRows={1}
                maxLength={L.openRubricMaxLength}
                value={p.rubric ?? ''}
                onChange={(e) => update(i, { rubric: e.currentTarget.value })}
              />
            </Stack>
          )}
        </Paper>
      ))}
      <Group align="flex-end">
        <Select
          label="Quiz set"
          placeholder="Pick a quiz set"
          searchable
          data={(quizzes.data ?? [])
            .filter((q) => !value.some((p) => p.kind === 'quiz' && p.quiz === q.slug))
            .map((q) => ({ value: q.slug, label: titles.get(q.slug)! }))}
          value={quiz}
          onChange={setQuiz}
          style={{ flex: 1 }}
          data-testid="quiz-picker"
        />
        <Button
          variant="default"
          disabled={!quiz || full}
          onClick={() => {
            if (!quiz) return;
            onChange([...value, { kind: 'quiz', quiz }]);
            setQuiz(null);
          }}
        >
          Add quiz
        </Button>
        <Button
          variant="default"
          disabled={full}
          onClick={() => onChange([...value, { kind: 'open', format: 'text', title: '', prompt: '', rubric: '' }])}
        >
          Add open question
        </Button>
      </Group>
    </Stack>
  );
}
