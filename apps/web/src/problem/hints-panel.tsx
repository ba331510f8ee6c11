import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/endpoints';
import { StatementMarkdown } from './statement-markdown';

/** Progressive hints: none shown at first, then one more per click, in the package's order. */
export function HintsPanel({ slug }: { slug: string }) {
  const query = useQuery({ queryKey: ['hints', slug], queryFn: () => api.hints(slug), staleTime: 5 * 60_000 });
  const [shown, setShown] = useState(0);
  const hints = query.data?.hints ?? [];
  if (hints.length === 0) return null;
  return (
    <Stack gap="xs" px="md" pb="md" component="section" aria-labelledby="hints-heading" data-testid="hints">
      <Title order={2} size="h5" id="hints-heading">
        Hints
      </Title>
      {hints.slice(0, shown).map((hint, i) => (
        <Paper key={i} withBorder p="sm" data-testid={`hint-${i + 1}`}>
          <Text size="xs" fw={600} c="dimmed">
            Hint {i + 1} of {hints.length}
          </Text>
          <StatementMarkdown markdown={hint} />
        </Paper>
      ))}
      <Group gap="xs">
        {shown < hints.length && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconBulb size={14} aria-hidden />}
            onClick={() => setShown(shown + 1)}
            data-testid="show-hint"
          >
            Show hint {shown + 1}
          </Button>
        )}
        {shown > 0 && (
          <Button variant="default" size="xs" onClick={() => setShown(0)}>
            Hide hints
          </Button>
        )}
      </Group>
    </Stack>
  );
}
