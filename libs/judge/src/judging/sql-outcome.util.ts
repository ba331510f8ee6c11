import type { SqlDiffDto, Verdict } from '@tryout/contracts';
import type { SqlRunnerOutcome } from '@tryout/languages';
import type { SandboxProcessResult } from '@tryout/sandbox';
import { compareSqlResults, parseSqlResultSet } from '../compare/sql-result.util';

export interface SqlTestOutcome {
  verdict: Verdict;
  message?: string;
  /** The candidate's result set as JSON (visible tests show it beside the expected one). */
  actual?: string;
  sqlDiff?: SqlDiffDto;
  judgeMessage?: string;
}

function parseOutcome(raw: string): SqlRunnerOutcome | undefined {
  try {
    const value = JSON.parse(raw) as SqlRunnerOutcome;
    return value && typeof value === 'object' && typeof value.status === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A SQL test's verdict from the runner's report (fd 3) once the process ended cleanly. The runner is
 * ours and runs no candidate code: what it reports about the statement (a timeout, too many rows, an
 * error, a result) is the candidate's; a missing or unreadable report, or a data script of ours that
 * does not load, is ours. Custom input (no answer): a data script that fails is the candidate's.
 */
export function sqlTestOutcome(
  result: Pick<SandboxProcessResult, 'result' | 'exitCode' | 'termination' | 'stderr'>,
  test: { name: string; group: string; answer?: string },
  ordered: boolean,
  timeLimitMs: number,
): SqlTestOutcome {
  if (result.termination !== 'exited' || result.exitCode !== 0)
    return {
      verdict: 'internal_error',
      judgeMessage: `the SQL runner failed (${result.termination}, exit ${String(result.exitCode)}): ${result.stderr.toString('utf8').slice(0, 2000)}`,
    };
  const outcome = parseOutcome(result.result?.toString('utf8') ?? '');
  if (!outcome) return { verdict: 'internal_error', judgeMessage: 'the SQL runner reported nothing readable on fd 3' };
  switch (outcome.status) {
    case 'timeout':
      return {
        verdict: 'time_limit_exceeded',
        message: `the statement ran longer than the ${(timeLimitMs / 1000).toFixed(1)} s time limit`,
      };
    case 'row_limit':
      return {
        verdict: 'output_limit_exceeded',
        message: `the statement returned more than ${outcome.limit} rows`,
      };
    case 'error':
      return { verdict: 'runtime_error', message: outcome.message };
    case 'data_error':
      return test.group === 'custom'
        ? { verdict: 'runtime_error', message: `the data script does not load: ${outcome.message}` }
        : { verdict: 'internal_error', judgeMessage: `${test.name}.in does not load: ${outcome.message}` };
    case 'ok': {
      const actualSet = { columns: outcome.columns, rows: outcome.rows };
      const actual = JSON.stringify(actualSet);
      if (test.answer === undefined) return { verdict: 'accepted', actual };
      let expected;
      try {
        expected = parseSqlResultSet(test.answer);
      } catch (err) {
        return { verdict: 'internal_error', judgeMessage: `${test.name}.ans: ${(err as Error).message}` };
      }
      const compared = compareSqlResults(actualSet, expected, ordered);
      if (compared.ok) return { verdict: 'accepted', actual };
      return { verdict: 'wrong_answer', message: compared.reason, actual, sqlDiff: compared.diff };
    }
    default:
      return { verdict: 'internal_error', judgeMessage: 'the SQL runner reported an unknown status' };
  }
}
