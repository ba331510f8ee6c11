import { Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { LanguageId } from '@tryout/contracts';
import { ProblemDescription, type DescribedProblem } from '../problem/problem-description';
import { StatementMarkdown } from '../problem/statement-markdown';

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } };

/**
 * Markdown on the left, on the right the candidate's description component fed with the draft:
 * the preview is the problem page's own rendering, not an imitation of it.
 */
export function StatementEditor({
  value,
  onChange,
  preview,
  language = 'python',
}: {
  value: string;
  onChange: (value: string) => void;
  preview: DescribedProblem;
  language?: LanguageId;
}) {
  // Markdown + KaTeX on every keystroke is wasted work; a short pause keeps typing smooth.
  const [shown] = useDebouncedValue(preview, 200);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Textarea
        label="Statement (Markdown, $…$ math)"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={18}
        maxRows={40}
        styles={MONO}
        data-testid="statement-input"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Preview, as candidates see it
        </Text>
        <Paper withBorder data-testid="statement-preview">
          <ProblemDescription problem={shown} language={language} />
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}

/** A Markdown field with its rendering beside it (editorial, hints). */
export function MarkdownField({
  label,
  value,
  onChange,
  testId,
  minRows = 8,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  minRows?: number;
}) {
  const [shown] = useDebouncedValue(value, 200);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Textarea
        label={label}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={minRows}
        maxRows={30}
        styles={MONO}
        data-testid={testId}
      />
      <Paper withBorder p="sm" aria-label={`${label} preview`}>
        {shown.trim() ? <StatementMarkdown markdown={shown} /> : <Text c="dimmed">Nothing yet.</Text>}
      </Paper>
    </SimpleGrid>
  );
}
