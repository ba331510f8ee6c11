import type { Verdict } from '@tryout/contracts';
import type { SandboxProcessResult } from '@tryout/sandbox';

/** Exit code a generated harness uses for its own failures: ours, never the candidate's. */
export const HARNESS_INTERNAL_EXIT_CODE = 97;

/**
 * The verdict of one executed test before output comparison, in SANDBOX.md's order:
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

/** A submission's verdict is its first non-accepted test's, or accepted. */
export function overallVerdict(testVerdicts: Verdict[]): Verdict {
  return testVerdicts.find((v) => v !== 'accepted') ?? 'accepted';
}
