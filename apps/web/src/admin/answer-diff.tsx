import { Box, Text } from '@mantine/core';
import { diffLines } from 'diff';
import { useMemo } from 'react';
import classes from '../problem/results.module.css';

/** Old and new answer of a test, line by line: removed lines marked −, added +. */
export function AnswerDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffLines(before, after), [before, after]);
  return (
    <Box className={classes.block} data-testid="answer-diff">
      {parts.flatMap((part, i) =>
        part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, j) => {
            const sign = part.added ? '+' : part.removed ? '−' : ' ';
            const cls = part.added ? classes.expectedChange : part.removed ? classes.actualChange : undefined;
            return (
              <div key={`${i}-${j}`} data-change={part.added ? 'added' : part.removed ? 'removed' : undefined}>
                <Text span inherit aria-hidden>
                  {sign}{' '}
                </Text>
                {cls ? <mark className={cls}>{line}</mark> : line}
              </div>
            );
          }),
      )}
    </Box>
  );
}
