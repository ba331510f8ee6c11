import { Badge, Box, Button, Group, Select, Stack, Text } from '@mantine/core';
import { FUNCTION_LANGUAGE_IDS, LANGUAGE_IDS, LANGUAGES, type LanguageId, type ProblemType } from '@tryout/contracts';
import { useState } from 'react';
import { CodeEditor } from '../problem/code-editor';

/** Languages a problem of this type may be solved in (function problems: those with a harness). */
export function languagesFor(type: ProblemType): readonly LanguageId[] {
  return type === 'function' ? FUNCTION_LANGUAGE_IDS : LANGUAGE_IDS;
}

/** Starter code per language, in the candidates' editor; an empty one is generated at publish. */
export function StartersEditor({
  type,
  starters,
  onChange,
}: {
  type: ProblemType;
  starters: Partial<Record<LanguageId, string>>;
  onChange: (starters: Partial<Record<LanguageId, string>>) => void;
}) {
  const languages = languagesFor(type);
  const [picked, setPicked] = useState<LanguageId>(languages[0] ?? 'python');
  const language = languages.includes(picked) ? picked : (languages[0] ?? 'python');
  const set = (source: string) => {
    const next = { ...starters };
    if (source.trim()) next[language] = source;
    else delete next[language];
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="end">
        <Group align="end">
          <Select
            label="Starter code"
            allowDeselect={false}
            w={220}
            data={languages.map((id) => ({
              value: id,
              label: `${LANGUAGES[id].name}${starters[id] ? '' : ' (generated)'}`,
            }))}
            value={language}
            onChange={(v) => v && setPicked(v as LanguageId)}
            data-testid="starter-language"
          />
          {starters[language] ? (
            <Badge variant="light">written</Badge>
          ) : (
            <Badge variant="light" color="gray">
              generated at publish
            </Badge>
          )}
        </Group>
        <Button size="xs" variant="subtle" color="gray" disabled={!starters[language]} onClick={() => set('')}>
          Use the generated starter
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Leave empty to generate one from the signature (function problems) or a read-and-print skeleton (stdio).
      </Text>
      <Box style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
        <CodeEditor
          value={starters[language] ?? ''}
          language={language}
          onChange={set}
          label={`${LANGUAGES[language].name} starter code`}
          height="auto"
          minHeight="260px"
          testId="starter-editor"
        />
      </Box>
    </Stack>
  );
}
