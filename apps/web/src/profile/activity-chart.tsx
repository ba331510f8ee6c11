import { Box, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { activityLevel, buildActivity, monthLabels } from './activity.util';

const CELL = 12;
const GAP = 3;
/** Room for the weekday names on the left and the month names on top. */
const LEFT = 30;
const TOP = 16;
const WEEKDAYS: [number, string][] = [
  [1, 'Mon'],
  [3, 'Wed'],
  [5, 'Fri'],
];
const LEVEL_FILLS = [
  'var(--mantine-color-default-border)',
  'light-dark(var(--mantine-color-teal-2), var(--mantine-color-teal-9))',
  'light-dark(var(--mantine-color-teal-4), var(--mantine-color-teal-7))',
  'light-dark(var(--mantine-color-teal-6), var(--mantine-color-teal-5))',
  'light-dark(var(--mantine-color-teal-8), var(--mantine-color-teal-3))',
];
const LEVEL_NAMES = ['no submissions', 'a few', 'some', 'many', 'the most'];

/** A contribution grid of the last weeks' submissions (UTC days), drawn as plain SVG. */
export function ActivityChart({ submissions }: { submissions: { createdAt: string; verdict: string | null }[] }) {
  const columns = useMemo(() => buildActivity(submissions, new Date(), 20), [submissions]);
  const months = useMemo(() => monthLabels(columns), [columns]);
  const days = columns.flat();
  const max = Math.max(0, ...days.map((d) => d.submissions));
  const total = days.reduce((n, d) => n + d.submissions, 0);
  const activeDays = days.filter((d) => d.submissions > 0).length;
  const width = LEFT + columns.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const first = days[0]?.date ?? '';
  const last = days[days.length - 1]?.date ?? '';
  return (
    <Box>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Activity from ${first} to ${last}: ${total} submission${total === 1 ? '' : 's'} on ${activeDays} day${activeDays === 1 ? '' : 's'}`}
        data-testid="activity-chart"
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <g aria-hidden="true" fontSize={10} fill="var(--mantine-color-dimmed)">
          {months.map((m) => (
            <text key={`${m.column}-${m.label}`} x={LEFT + m.column * (CELL + GAP)} y={10} data-testid="activity-month">
              {m.label}
            </text>
          ))}
          {WEEKDAYS.map(([d, label]) => (
            <text key={label} x={0} y={TOP + d * (CELL + GAP) + CELL - 2}>
              {label}
            </text>
          ))}
        </g>
        {columns.map((column, w) =>
          column.map((day, d) => (
            <rect
              key={day.date}
              x={LEFT + w * (CELL + GAP)}
              y={TOP + d * (CELL + GAP)}
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
      <Group
        gap={4}
        mt={6}
        role="img"
        aria-label="Legend: from lightest, no submissions, to darkest, the most submissions in a day"
        data-testid="activity-legend"
      >
        <Text size="xs" c="dimmed" aria-hidden>
          Less
        </Text>
        {LEVEL_FILLS.map((fill, i) => (
          <svg key={i} width={CELL} height={CELL} aria-hidden>
            <rect width={CELL} height={CELL} rx={2} style={{ fill }}>
              <title>{LEVEL_NAMES[i]}</title>
            </rect>
          </svg>
        ))}
        <Text size="xs" c="dimmed" aria-hidden>
          More
        </Text>
      </Group>
    </Box>
  );
}
