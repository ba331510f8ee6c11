import { Box, Stack, Text } from '@mantine/core';
import type { SignatureDto } from '@tryout/contracts';
import { designCalls, namedInput, splitCase } from './test-case.util';
import classes from './results.module.css';

/**
 * A test's input as the candidate thinks of it: `name = value` per parameter for function
 * problems, the two labelled lines of a design problem, the raw text for stdio problems.
 */
export function InputView({
  signature,
  input,
  label = 'Input',
  testId,
}: {
  signature: SignatureDto | null;
  input: string;
  label?: string;
  testId?: string;
}) {
  const named = namedInput(signature, input);
  const design = signature?.kind === 'class' ? splitCase(signature, input) : null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Box className={classes.block} data-testid={testId}>
        {named ? (
          named.map((p) => (
            <div key={p.name} data-testid="input-param">
              <span className={classes.paramName}>{p.name}</span> = {p.value}
            </div>
          ))
        ) : design ? (
          <>
            <div>
              <span className={classes.paramName}>operations</span> = {design[0]}
            </div>
            <div>
              <span className={classes.paramName}>arguments</span> = {design[1]}
            </div>
          </>
        ) : input === '' ? (
          <span className={classes.missing}>(empty)</span>
        ) : (
          input
        )}
      </Box>
    </Stack>
  );
}

/** A design problem's sample as a list of calls with their results: `put(1, 10) → null`. */
export function DesignCalls({
  signature,
  input,
  output,
}: {
  signature: SignatureDto | null;
  input: string;
  output?: string;
}) {
  const calls = designCalls(signature, input);
  if (!calls) return null;
  let results: unknown[] | null = null;
  try {
    const parsed = output === undefined ? null : (JSON.parse(output) as unknown);
    results = Array.isArray(parsed) ? parsed : null;
  } catch {
    results = null;
  }
  return (
    <Box className={classes.block} data-testid="design-calls">
      {calls.map((c, i) => (
        <div key={i}>
          {i === 0
            ? `${c.call}(${c.args.map((a) => JSON.stringify(a)).join(', ')})`
            : `.${c.call}(${c.args.map((a) => JSON.stringify(a)).join(', ')})`}
          {results && i < results.length ? (
            <span className={classes.missing}> → {JSON.stringify(results[i])}</span>
          ) : null}
        </div>
      ))}
    </Box>
  );
}
