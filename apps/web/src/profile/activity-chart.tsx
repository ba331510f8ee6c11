import { Box, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { activityLevel, buildActivity } from './activity.util';

const CELL = 12;
const GAP = 3;
const LEVEL_FILLS = [
  'var(--mantine-color-default-border)',
  'light-dark(var(--mantine-color-teal-2), var(--mantine-color-teal-9))',
  'light-dark(var(--mantine-color-teal-4), var(--mantine-color-teal-7))',
  'light-dark(var(--mantine-color-teal-6), var(--mantine-color-teal-5))',
  'light-dark(var(--mantine-color-teal-8), var(--mantine-color-teal-3))',
];

/** A contribution grid of the last weeks' submissions, drawn as plain SVG. */
export function ActivityChart({ submissions }: { submissions: { createdAt: string; verdict: string | null }[] }) {
  const columns = useMemo(() => buildActivity(submissions, new Date(), 20), [submissions]);
  const max = Math.max(0, ...columns.flat().map((d) => d.submissions));
  const total = columns.flat().reduce((n, d) => n + d.submissions, 0);
  const width = columns.length * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return (
    <Box>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${total} submissions in the last ${columns.length} weeks`}
        data-testid="activity-chart"
      >
        {columns.map((column, w) =>
          column.map((day, d) => (
            <rect
              key={day.date}
              x={w * (CELL + GAP)}
              y={d * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              style={{ fill: LEVEL_FILLS[activityLevel(day.submissions, max)] }}
            >
              <title>{`${day.date}: ${day.submissions} submission${day.submissions === 1 ? '' : 's'}, ${day.accepted} accepted`}</title>
            </rect>
          )),
        )}
      </svg>
      <Group gap={4} mt={6} aria-hidden>
        <Text size="xs" c="dimmed">
          Less
        </Text>
        {LEVEL_FILLS.map((fill, i) => (
          <svg key={i} width={CELL} height={CELL}>
            <rect width={CELL} height={CELL} rx={2} style={{ fill }} />
          </svg>
        ))}
        <Text size="xs" c="dimmed">
          More
        </Text>
      </Group>
    </Box>
  );
}
