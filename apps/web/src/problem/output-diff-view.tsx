import { Box, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { diffOutputs, type DiffSegment } from './output-diff.util';
import classes from './results.module.css';

function Segments({ segments, side }: { segments: DiffSegment[] | null; side: 'expected' | 'actual' }) {
  if (!segments)
    return <span className={classes.missing}>{side === 'actual' ? '(missing line)' : '(extra line)'}</span>;
  return (
    <>
      {segments.map((s, i) =>
        s.changed ? (
          <mark key={i} className={side === 'actual' ? classes.actualChange : classes.expectedChange}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function OutputBlock({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Box className={classes.block} data-testid={testId}>
        {children}
      </Box>
    </Stack>
  );
}

/** Expected and actual output side by side in meaning: differing lines and words are marked. */
export function OutputDiffView({
  expected,
  actual,
  expectedLabel = 'Expected',
}: {
  expected: string;
  actual: string;
  expectedLabel?: string;
}) {
  const diff = useMemo(() => diffOutputs(expected, actual), [expected, actual]);
  return (
    <Stack gap="sm">
      <OutputBlock label="Output" testId="actual-output">
        {diff.lines.length === 0 && <span className={classes.missing}>(empty)</span>}
        {diff.lines.map((l) => (
          <div
            key={l.line}
            className={l.equal ? undefined : classes.changedLine}
            data-diff={l.equal ? undefined : 'changed'}
          >
            <Segments segments={l.actual} side="actual" />
            {'\n'}
          </div>
        ))}
      </OutputBlock>
      <OutputBlock label={expectedLabel} testId="expected-output">
        {diff.lines.map((l) => (
          <div key={l.line} className={l.equal ? undefined : classes.changedLine}>
            <Segments segments={l.expected} side="expected" />
            {'\n'}
          </div>
        ))}
      </OutputBlock>
      {diff.firstDifference !== null && (
        <Group gap={6}>
          <Text size="xs" c="dimmed" data-testid="first-difference">
            First difference on line {diff.firstDifference}.
          </Text>
        </Group>
      )}
    </Stack>
  );
}

export function PlainOutput({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <OutputBlock label={label} testId={testId}>
      {text === '' ? <span className={classes.missing}>(empty)</span> : text}
    </OutputBlock>
  );
}
