import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { LANGUAGES } from '@tryout/contracts';
import { api } from '../api/endpoints';
import { formatMs } from '../shared/format.util';

const MINE = 'teal.7';
const OTHERS = 'gray.5';
const AXIS = '1px solid var(--mantine-color-default-border)';

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
  // A candidate's runtime is rounded up (1-2-5 steps) while the ranges are exact: it may lie past the
  // slowest range, and then no bar is theirs.
  const mine = d.buckets.findIndex((b) => d.cpuMs >= b.fromMs && d.cpuMs < b.toMs);
  const summary = `Runtime ${formatMs(d.cpuMs)} beats ${d.beatsPercent}% of ${d.total} accepted ${LANGUAGES[d.language].name} submissions`;
  return (
    <Stack gap={6} data-testid="runtime-distribution">
      <Text size="sm">
        Runtime {formatMs(d.cpuMs)} · beats <b>{d.beatsPercent}%</b> of the {d.total} accepted{' '}
        {LANGUAGES[d.language].name} submissions
      </Text>
      <Text size="xs" fw={600}>
        Accepted {LANGUAGES[d.language].name} submissions per CPU-time range
      </Text>
      <Group gap={6} align="flex-start" wrap="nowrap">
        {/* Y axis: how many submissions a bar stands for. */}
        <Stack justify="space-between" h={48} gap={0} aria-hidden>
          <Text size="xs" c="dimmed" lh={1} ta="right">
            {max}
          </Text>
          <Text size="xs" c="dimmed" lh={1} ta="right">
            0
          </Text>
        </Stack>
        <Stack gap={2}>
          <Group
            gap={2}
            align="flex-end"
            h={48}
            wrap="nowrap"
            role="img"
            aria-label={summary}
            style={{ borderLeft: AXIS, borderBottom: AXIS }}
          >
            {d.buckets.map((b, i) => (
              <Tooltip
                key={i}
                label={`${formatMs(b.fromMs)}–${formatMs(b.toMs)}: ${b.count}${i === mine ? ' (yours)' : ''}`}
              >
                <Box
                  w={18}
                  h={Math.max(2, Math.round((46 * b.count) / max))}
                  bg={i === mine ? MINE : OTHERS}
                  style={{ borderRadius: 2 }}
                />
              </Tooltip>
            ))}
          </Group>
          {/* X axis: CPU time from the fastest to the slowest accepted submission. */}
          <Group justify="space-between" w={d.buckets.length * 20} wrap="nowrap" aria-hidden>
            <Text size="xs" c="dimmed">
              {formatMs(d.buckets[0]?.fromMs)}
            </Text>
            <Text size="xs" c="dimmed">
              CPU time
            </Text>
            <Text size="xs" c="dimmed">
              {formatMs(d.buckets.at(-1)?.toMs)}
            </Text>
          </Group>
        </Stack>
      </Group>
      <Group gap="md" aria-hidden>
        <Group gap={6}>
          <Box w={10} h={10} bg={OTHERS} style={{ borderRadius: 2 }} />
          <Text size="xs">Accepted submissions</Text>
        </Group>
        {mine >= 0 ? (
          <Group gap={6}>
            <Box w={10} h={10} bg={MINE} style={{ borderRadius: 2 }} />
            <Text size="xs">Your submission ({formatMs(d.cpuMs)}) falls here</Text>
          </Group>
        ) : (
          <Text size="xs">Your submission ({formatMs(d.cpuMs)}, rounded up) is past the ranges shown</Text>
        )}
      </Group>
    </Stack>
  );
}
