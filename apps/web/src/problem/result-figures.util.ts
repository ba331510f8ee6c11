import type { LanguageLimitsDto, TestResultDto, Verdict } from '@tryout/contracts';
import { formatLimit, formatMemory, formatMs } from '../shared/format.util';

/**
 * The memory figure, or null where it was not measured: a SQL statement runs in the database
 * server, outside the process the sandbox measures, and reports 0.
 */
export function measuredMemory(kb: number | null | undefined): string | null {
  return kb ? formatMemory(kb) : null;
}

export interface SummaryFigures {
  runtime: string;
  /** Null where memory was not measured (SQL runs in the database server and reports 0). */
  memory: string | null;
}

/**
 * The result line's runtime and memory. When every test is visible (a Run), they are the maxima of
 * the exact per-test figures beside them. Otherwise they are the API's, rounded up to a 1-2-5 step
 * to keep hidden inputs from leaking: a limit verdict says "over" the limit rather than a rounded
 * figure past it, and a rounded figure above the limit of a passing run is shown as at most the
 * limit (every test ran within it).
 */
export function summaryFigures(
  data: { verdict: Verdict | null; cpuMs: number | null; memoryKb: number | null; tests: TestResultDto[] },
  limits?: LanguageLimitsDto,
): SummaryFigures {
  const allVisible = data.tests.length > 0 && data.tests.every((t) => !t.hidden && t.cpuMs !== undefined);
  const cpuMs = allVisible ? Math.max(...data.tests.map((t) => t.cpuMs ?? 0)) : data.cpuMs;
  const memoryKb = allVisible ? Math.max(...data.tests.map((t) => t.memoryKb ?? 0)) : data.memoryKb;
  const limitKb = limits ? limits.memoryMb * 1024 : undefined;
  let runtime = formatMs(cpuMs);
  if (data.verdict === 'time_limit_exceeded')
    runtime = limits ? `over ${formatLimit(limits.timeLimitMs)}` : 'over the limit';
  else if (!allVisible && limits && cpuMs !== null && cpuMs > limits.timeLimitMs)
    runtime = `≤ ${formatLimit(limits.timeLimitMs)}`;
  let memory = measuredMemory(memoryKb);
  if (data.verdict === 'memory_limit_exceeded') memory = limits ? `over ${limits.memoryMb} MB` : 'over the limit';
  else if (memory && !allVisible && limitKb !== undefined && memoryKb !== null && memoryKb > limitKb)
    memory = `≤ ${limits?.memoryMb} MB`;
  return { runtime, memory };
}
