import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { LANGUAGES, type RuntimeBucketDto, type RuntimeDistributionDto } from '@tryout/contracts';
import { api } from '../api/endpoints';
import { formatMs } from '../shared/format.util';

const MINE = 'teal.7';
const OTHERS = 'gray.5';
const AXIS = '1px solid var(--mantine-color-default-border)';
/** A step bar carries its own label ("50 ms"), so it is wider than a range bar. */
const STEP_BAR = 40;
const RANGE_BAR = 18;

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** Which bar is the submission's: its step (rounded), or the range holding it (exact; none when past them). */
function mineIndex(d: RuntimeDistributionDto): number {
  return d.rounded
    ? d.buckets.findIndex((b) => b.toMs === d.cpuMs)
    : d.buckets.findIndex((b) => d.cpuMs >= b.fromMs && d.cpuMs < b.toMs);
}

function barLabel(d: RuntimeDistributionDto, b: RuntimeBucketDto, yours: boolean): string {
  const range = d.rounded
    ? b.fromMs > 0
      ? `over ${formatMs(b.fromMs)}, up to ${formatMs(b.toMs)}`
      : `up to ${formatMs(b.toMs)}`
    : `${formatMs(b.fromMs)}–${formatMs(b.toMs)}`;
  return `${range}: ${plural(b.count, 'submission')}${yours ? ' (yours)' : ''}`;
}

/** After an accepted submit: where its runtime stands among the accepted submits in its language. */
export function RuntimeDistribution({ submissionId }: { submissionId: string }) {
  const query = useQuery({
    queryKey: ['runtime-distribution', submissionId],
    queryFn: () => api.runtimeDistribution(submissionId),
    staleTime: 60_000,
  });
  const d = query.data;
  if (!d) return null;
  const language = LANGUAGES[d.language].name;
  const max = Math.max(1, ...d.buckets.map((b) => b.count));
  const mine = mineIndex(d);
  const tiedOthers = mine >= 0 && d.rounded ? d.buckets[mine].count - 1 : 0;
  const barWidth = d.rounded ? STEP_BAR : RANGE_BAR;
  const summary = `Runtime ${formatMs(d.cpuMs)} beats ${d.beatsPercent}% of ${d.total} accepted ${language} submissions`;
  return (
    <Stack gap={6} data-testid="runtime-distribution">
      <Text size="sm">
        Runtime {formatMs(d.cpuMs)} · beats <b>{d.beatsPercent}%</b> of the {d.total} accepted {language} submissions
      </Text>
      {d.rounded && (
        <Text size="xs" c="dimmed" data-testid="runtime-rounding-note">
          Runtimes are rounded up to 1, 2, 5, 10, 20, 50… ms
          {tiedOthers > 0
            ? `; the ${plural(tiedOthers, 'other')} at ${formatMs(d.cpuMs)} count${tiedOthers === 1 ? 's' : ''} as half.`
            : '.'}
        </Text>
      )}
      <Text size="xs" fw={600}>
        Accepted {language} submissions per CPU-time range
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
        <Stack gap={2} style={{ minWidth: 0 }}>
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
              <Tooltip key={i} label={barLabel(d, b, i === mine)}>
                <Box
                  w={barWidth}
                  h={Math.max(2, Math.round((46 * b.count) / max))}
                  bg={i === mine ? MINE : OTHERS}
                  style={{ borderRadius: 2, flexShrink: 0 }}
                  data-testid="runtime-bar"
                />
              </Tooltip>
            ))}
          </Group>
          {d.rounded ? (
            // X axis: each bar is one step, labelled as runtimes are shown everywhere.
            <Group gap={2} wrap="nowrap" pl={1} aria-hidden>
              {d.buckets.map((b, i) => (
                <Text
                  key={i}
                  size="xs"
                  c="dimmed"
                  w={barWidth}
                  ta="center"
                  style={{ flexShrink: 0, whiteSpace: 'nowrap' }}
                  data-testid="runtime-step"
                >
                  {formatMs(b.toMs)}
                </Text>
              ))}
            </Group>
          ) : (
            // X axis: CPU time from the fastest to the slowest accepted submission.
            <Group justify="space-between" w={d.buckets.length * (barWidth + 2)} wrap="nowrap" aria-hidden>
              <Text size="xs" c="dimmed">
                {formatMs(d.buckets[0]?.fromMs)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatMs(d.buckets.at(-1)?.toMs)}
              </Text>
            </Group>
          )}
          <Text size="xs" c="dimmed" aria-hidden>
            CPU time{d.rounded ? ', rounded up' : ''}
          </Text>
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
          <Text size="xs">Your submission ({formatMs(d.cpuMs)}) is past the ranges shown</Text>
        )}
      </Group>
    </Stack>
  );
}
