import { Alert, Button, Card, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { QUIZ_SHORT_ANSWER_MAX, type QuizAnswerResultDto, type QuizQuestionDto } from '@tryout/contracts';
import { useState } from 'react';
import { StatementMarkdown } from '../problem/statement-markdown';
import { InlineMarkdown } from './inline-markdown';

interface Props {
  question: QuizQuestionDto;
  number: number;
  /** Null when the visitor must sign in to answer. */
  onAnswer: ((answer: { choices?: string[]; text?: string }) => Promise<void>) | null;
  pending: boolean;
  error: string | null;
}

function givenText(result: QuizAnswerResultDto): string | null {
  return 'text' in result.given ? result.given.text : null;
}

/** One question: the prompt, a way to answer, and once answered the outcome, the key and why. */
export function QuizQuestionCard({ question, number, onAnswer, pending, error }: Props) {
  const result = question.result;
  const [choice, setChoice] = useState<string>('');
  const [choices, setChoices] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [retrying, setRetrying] = useState(false);
  const answered = !!result && !retrying;
  const labelId = `q-${question.id}-prompt`;
  const picked = question.kind === 'single' ? (choice ? [choice] : []) : choices;
  const ready = question.kind === 'short' ? text.trim().length > 0 : picked.length > 0;
  const right = new Set(result?.correctChoices ?? []);
  const given = new Set(result && 'choices' in result.given ? result.given.choices : []);

  const submit = async () => {
    if (!onAnswer || !ready) return;
    await onAnswer(question.kind === 'short' ? { text } : { choices: picked });
    setRetrying(false);
  };

  const choiceLabel = (id: string, label: string) => (
    <Group gap={6} wrap="nowrap" component="span">
      <span>
        <InlineMarkdown markdown={label} />
      </span>
      {answered && right.has(id) && (
        <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="right answer" />
      )}
      {answered && given.has(id) && !right.has(id) && (
        <IconX size={16} color="var(--mantine-color-red-6)" aria-label="your answer, wrong" />
      )}
    </Group>
  );

  return (
    <Card withBorder component="article" aria-labelledby={labelId} data-testid={`question-${question.id}`}>
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
          <Radio.Group value={answered ? ([...given][0] ?? '') : choice} onChange={setChoice} aria-labelledby={labelId}>
            <Stack gap={6}>
              {question.choices.map((c) => (
                <Radio key={c.id} value={c.id} disabled={answered} label={choiceLabel(c.id, c.text)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {question.kind === 'multiple' && question.choices && (
          <Checkbox.Group value={answered ? [...given] : choices} onChange={setChoices} aria-labelledby={labelId}>
            <Stack gap={6}>
              {question.choices.map((c) => (
                <Checkbox key={c.id} value={c.id} disabled={answered} label={choiceLabel(c.id, c.text)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {question.kind === 'short' && (
          <TextInput
            aria-labelledby={labelId}
            placeholder="Your answer"
            maxLength={QUIZ_SHORT_ANSWER_MAX}
            value={answered ? (givenText(result) ?? '') : text}
            disabled={answered}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void submit();
            }}
          />
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {answered && result ? (
          <Alert
            color={result.correct ? 'teal' : 'red'}
            title={result.correct ? 'Right' : 'Not quite'}
            icon={result.correct ? <IconCheck size={18} /> : <IconX size={18} />}
            data-testid={`result-${question.id}`}
          >
            <Stack gap={6}>
              {!result.correct && result.acceptedAnswer && (
                <Text size="sm">
                  An accepted answer: <strong>{result.acceptedAnswer}</strong>
                </Text>
              )}
              <StatementMarkdown markdown={result.explanation} />
              {onAnswer && (
                <Group>
                  <Button variant="subtle" size="xs" onClick={() => setRetrying(true)}>
                    Answer again
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        ) : (
          <Group>
            <Button onClick={() => void submit()} disabled={!onAnswer || !ready} loading={pending}>
              Check answer
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
