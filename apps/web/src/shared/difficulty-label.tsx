import { Text } from '@mantine/core';
import type { Difficulty } from '@tryout/contracts';
import { DIFFICULTY_LABELS } from './format.util';
import classes from './difficulty-label.module.css';

/** LeetCode's colour code (green/amber/red), with shades chosen per theme for contrast. */
export function DifficultyLabel({ difficulty, size = 'sm' }: { difficulty: Difficulty; size?: string }) {
  return (
    <Text component="span" size={size} fw={600} className={classes[difficulty]}>
      {DIFFICULTY_LABELS[difficulty]}
    </Text>
  );
}
