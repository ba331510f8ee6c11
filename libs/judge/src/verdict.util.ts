import type { Verdict } from '@tryout/contracts';
import type { SandboxProcessResult } from '@tryout/sandbox';

/**
 * The verdict of one executed test before output comparison, in docs/sandbox.md's order:
 * our own kill (TLE, OLE) → OOM → signal → exit code. `undefined` means "ran cleanly,
 * compare the output".
 */
export function executionVerdict(result: SandboxProcessResult): Verdict | undefined {
  switch (result.termination) {
    case 'sandbox_error':
      return 'internal_error';
    case 'cpu_limit':
    case 'wall_limit':
      return 'time_limit_exceeded';
    case 'output_limit':
      return 'output_limit_exceeded';
    case 'memory_limit':
      return 'memory_limit_exceeded';
    case 'signaled':
      return 'runtime_error';
    case 'exited':
      if (result.exitCode === 0) return undefined;
      return 'runtime_error';
  }
}

/**
 * A short, candidate-safe reason for a runtime error: how the process ended (its stderr holds the
 * trace). For function problems, whether that was before the function's value reached fd 3.
 */
export function runtimeErrorReason(result: SandboxProcessResult, functionProblem: boolean): string | undefined {
  const returned = (result.result?.length ?? 0) > 0;
  const when = functionProblem ? (returned ? ' after returning a value' : ' before returning a value') : '';
  if (result.termination === 'signaled') return `the program was killed by ${result.signal ?? 'a signal'}${when}`;
  if (result.termination === 'exited' && result.exitCode !== 0)
    return `the program exited with code ${String(result.exitCode)}${when}`;
  return undefined;
}

/** A submission's verdict is its first non-accepted test's, or accepted. */
export function overallVerdict(testVerdicts: Verdict[]): Verdict {
  return testVerdicts.find((v) => v !== 'accepted') ?? 'accepted';
}
