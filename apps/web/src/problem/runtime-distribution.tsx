import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { LANGUAGES } from '@tryout/contracts';
import { api } from '../api/endpoints';
import { formatMs } from '../shared/format.util';

/** After an accepted submit: where its runtime stands among the accepted submits in its language. */
export function RuntimeDistribution({ submissionId }: { submissionId: string }) {
  const query = useQuery({
    queryKey: ['runtime-distribution', submissionId],
    queryFn: () => api.runtimeDistribution(submissionId),
    staleTime: 60_000,
  });
  const d = query.data;
  if (!d) return null;
  const max = Math.max(1, ...d.buckets.map((b) => b.count));
  const mine = d.buckets.findIndex((b, i) => d.cpuMs < b.toMs || i === d.buckets.length - 1);
  const summary = `Runtime ${formatMs(d.cpuMs)} beats ${d.beatsPercent}% of ${d.total} accepted ${LANGUAGES[d.language].name} submissions`;
  return (
    <Stack gap={6} data-testid="runtime-distribution">
      <Text size="sm">
        Runtime {formatMs(d.cpuMs)} · beats <b>{d.beatsPercent}%</b> of the {d.total} accepted{' '}
        {LANGUAGES[d.language].name} submissions
      </Text>
      <Group gap={2} align="flex-end" h={48} role="img" aria-label={summary}>
        {d.buckets.map((b, i) => (
          <Tooltip key={i} label={`${formatMs(b.fromMs)}–${formatMs(b.toMs)}: ${b.count}`}>
            <Box
              w={18}
              h={Math.max(2, Math.round((46 * b.count) / max))}
              bg={i === mine ? 'teal.7' : 'gray.5'}
              style={{ borderRadius: 2 }}
            />
          </Tooltip>
        ))}
      </Group>
      <Group justify="space-between" w={10 * 20}>
        <Text size="xs" c="dimmed">
          {formatMs(d.buckets[0]?.fromMs)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatMs(d.buckets.at(-1)?.toMs)}
        </Text>
      </Group>
    </Stack>
  );
}
