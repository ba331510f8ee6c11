import {
  Alert,
  Badge,
  Card,
  Checkbox,
  Group,
  Radio,
  Box,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  INTERVIEW_PART_LIMITS,
  QUIZ_SHORT_ANSWER_MAX,
  type CandidatePartDto,
  type CandidateQuizQuestionDto,
} from '@tryout/contracts';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { StatementMarkdown } from '../../problem/statement-markdown';
import { InlineMarkdown } from '../../quizzes/inline-markdown';
import type { CandidateClient } from '../interview-api';

/** How long typing pauses before a text answer is saved. */
const AUTOSAVE_MS = 700;

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

function SaveStatus({ state, testId }: { state: SaveState; testId: string }) {
  return (
    <Text size="xs" c={state.kind === 'error' ? 'red' : 'dimmed'} data-testid={testId} role="status">
      {state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'saved'
          ? `Saved ${state.at.toLocaleTimeString()}`
          : state.kind === 'error'
            ? state.message
            : ''}
    </Text>
  );
}

/** Saves the latest value after a pause; a newer value replaces a pending one. */
function useAutosave(save: (value: string) => Promise<void>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const run = (value: string) => {
    setState({ kind: 'saving' });
    saveRef.current(value).then(
      () => setState({ kind: 'saved', at: new Date() }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) }),
    );
  };
  return {
    state,
    now: run,
    later: (value: string) => {
      if (timer.current) clearTimeout(timer.current);
      setState({ kind: 'saving' });
      timer.current = setTimeout(() => run(value), AUTOSAVE_MS);
    },
  };
}

/**
 * One quiz question in an interview: answered as in practice, but saved as the candidate goes,
 * with no outcome, key or explanation (the interviewers see those).
 */
function InterviewQuestion({
  client,
  position,
  question,
  number,
}: {
  client: CandidateClient;
  position: number;
  question: CandidateQuizQuestionDto;
  number: number;
}) {
  const saved = question.saved;
  const [choices, setChoices] = useState<string[]>(saved && 'choices' in saved ? saved.choices : []);
  const [text, setText] = useState(saved && 'text' in saved ? saved.text : '');
  const autosave = useAutosave((value) =>
    question.kind === 'short'
      ? client.answerQuiz(position, question.id, { text: value })
      : client.answerQuiz(position, question.id, { choices: JSON.parse(value) as string[] }),
  );
  const labelId = `part-${position}-q-${question.id}`;
  const pick = (next: string[]) => {
    setChoices(next);
    if (next.length) autosave.now(JSON.stringify(next));
  };
  return (
    <Card withBorder component="article" aria-labelledby={labelId} data-testid={`interview-question-${question.id}`}>
      <Stack gap="sm">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Text fw={600} aria-hidden>
            {number}.
          </Text>
          <div id={labelId} style={{ flex: 1 }}>
            <StatementMarkdown markdown={question.prompt} />
            {question.kind === 'multiple' && (
              <Text size="xs" c="dimmed">
                Select every right answer.
              </Text>
            )}
          </div>
        </Group>
        {question.kind === 'single' && question.choices && (
          <Radio.Group value={choices[0] ?? ''} onChange={(v) => pick([v])} aria-labelledby={labelId}>
            <Stack gap={6}>
              {question.choices.map((c) => (
                <Radio key={c.id} value={c.id} label={<InlineMarkdown markdown={c.text} />} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {question.kind === 'multiple' && question.choices && (
          <Checkbox.Group value={choices} onChange={pick} aria-labelledby={labelId}>
            <Stack gap={6}>
              {question.choices.map((c) => (
                <Checkbox key={c.id} value={c.id} label={<InlineMarkdown markdown={c.text} />} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {question.kind === 'short' && (
          <TextInput
            aria-labelledby={labelId}
            placeholder="Your answer"
            maxLength={QUIZ_SHORT_ANSWER_MAX}
            value={text}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setText(value);
              if (value.trim()) autosave.later(value);
            }}
          />
        )}
        <SaveStatus state={autosave.state} testId={`question-save-${question.id}`} />
      </Stack>
    </Card>
  );
}

/** An open question: the prompt and a Markdown answer, autosaved. */
function OpenQuestion({ client, part }: { client: CandidateClient; part: CandidatePartDto }) {
  const open = part.open!;
  const [text, setText] = useState(open.saved?.text ?? '');
  const autosave = useAutosave((value) => client.saveOpenAnswer(part.position, value));
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Title order={2} size="h3">
          {part.title}
        </Title>
        {open.format === 'design' && <Badge variant="filled">Design</Badge>}
      </Group>
      <StatementMarkdown markdown={open.prompt} />
      <Textarea
        label="Your answer (Markdown)"
        description="Saved as you type. Headings, lists and code blocks are fine."
        autosize
        minRows={10}
        maxRows={30}
        value={text}
        maxLength={INTERVIEW_PART_LIMITS.openAnswerMaxBytes}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          autosave.later(value);
        }}
        data-testid={`open-answer-${part.position}`}
      />
      <SaveStatus state={autosave.state} testId={`open-save-${part.position}`} />
    </Stack>
  );
}

/** A quiz or open part of the candidate's session, as a tab's content. */
export function CandidatePart({ client, part }: { client: CandidateClient; part: CandidatePartDto }) {
  return (
    <Box w="100%" h="100%" style={{ overflowY: 'auto' }} data-testid={`candidate-part-${part.position}`}>
      <Stack gap="md" maw={860} mx="auto" pb="xl">
        {part.kind === 'quiz' ? (
          <>
            <Title order={2} size="h3">
              {part.title}
            </Title>
            <Alert color="blue" variant="light">
              Your answers are saved as you pick or type them; you can change them until time is up. The interviewers
              see them; the right answers are not shown during the interview.
            </Alert>
            {(part.questions ?? []).map((q, i) => (
              <InterviewQuestion key={q.id} client={client} position={part.position} question={q} number={i + 1} />
            ))}
          </>
        ) : (
          <OpenQuestion client={client} part={part} />
        )}
      </Stack>
    </Box>
  );
}
