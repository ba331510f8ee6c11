import { languagePack } from '@tryout/languages';
import { type SandboxDriver } from '@tryout/sandbox';
import type { Verdict } from '@tryout/contracts';
import { judgeSubmission } from '../judging/judge-submission';
import type { JudgeEvent, JudgeResult } from '../judging/judge.types';
import type { PackageIssue } from '../problem/package-checks.util';
import { judgeableProblem, type ProblemPackage, type ProblemSubmission } from '../problem/problem-package';
import type { LoadedPackage } from '../problem/problem-loader';
import { checkSafetyMargin, deriveTimeLimitMs } from '../problem/time-limit.util';

export interface VerifyRow {
  path: string;
  language: string;
  expected: Verdict[];
  got: Verdict;
  /** Slowest test's CPU time (ms). */
  slowestMs: number;
  ok: boolean;
  /** Why it mismatched or failed (our error, compile output head...). */
  detail?: string;
}

export interface VerifyReport {
  slug: string;
  rows: VerifyRow[];
  issues: PackageIssue[];
  /** The time limit used, and where it came from. */
  timeLimitMs: number;
  timeLimitSource: 'explicit' | 'derived' | 'default';
  ok: boolean;
}

export interface VerifyOptions {
  driver: SandboxDriver;
  concurrency?: number;
  /** Only submissions whose path contains this. */
  filter?: string;
  /** One accepted and one rejected submission per problem, quickest languages first. */
  fast?: boolean;
  ownerId?: string;
  onRow?: (row: VerifyRow) => void;
  /** Progress of each judging run (a `time_limit_exceeded` submission may be judged twice). */
  onEvent?: (submission: ProblemSubmission, event: JudgeEvent) => void | Promise<void>;
  /**
   * Judge slots shared with other packages verified at the same time (`tryout verify problems/`):
   * each submission waits for one, and `concurrency` then only bounds this package's own queue.
   */
  slots?: Slots;
}

/** Runs a task when one of a fixed number of slots is free, first come first served. */
export type Slots = <T>(task: () => Promise<T>) => Promise<T>;

export function createSlots(size: number): Slots {
  let free = Math.max(1, size);
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/** Languages quickest to compile and start first: what `--fast` picks. */
const FAST_ORDER = ['python', 'c', 'cpp', 'javascript', 'ruby', 'go', 'typescript', 'rust', 'java', 'csharp'];

function fastSubset(subs: ProblemSubmission[]): ProblemSubmission[] {
  const byLanguage = [...subs].sort((a, b) => FAST_ORDER.indexOf(a.language) - FAST_ORDER.indexOf(b.language));
  const accepted = byLanguage.find((s) => s.expected.length === 1 && s.expected[0] === 'accepted');
  const rejected =
    byLanguage.find((s) => !s.expected.includes('accepted') && s.expected[0] !== 'time_limit_exceeded') ??
    byLanguage.find((s) => !s.expected.includes('accepted'));
  return [accepted, rejected].filter((s): s is ProblemSubmission => s !== undefined);
}

async function pool<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Slowest test of a run, normalised to time multiplier 1 (what the Kattis rule multiplies). */
function normalisedSlowest(result: JudgeResult, language: ProblemSubmission['language']): number {
  return Math.max(0, ...result.tests.map((t) => t.cpuMs)) / languagePack(language).timeMultiplier;
}

/**
 * Judges every submission of a package against its expected verdicts (`tryout verify`). Without an
 * explicit time limit, the accepted submissions run first and the Kattis rule sets the limit for
 * the rest; with one, the slowest accepted is checked against the safety margin.
 */
export async function verifyProblem(loaded: LoadedPackage, options: VerifyOptions): Promise<VerifyReport> {
  const { pkg } = loaded;
  const issues = [...loaded.issues];
  // With shared slots the slots bound the judging; queueing every submission keeps them busy.
  const concurrency = options.slots ? Number.MAX_SAFE_INTEGER : (options.concurrency ?? 2);
  const slot: Slots = options.slots ?? ((task) => task());
  let subs = pkg.submissions.filter((s) => !options.filter || `${pkg.slug}/${s.path}`.includes(options.filter));
  if (options.fast) subs = fastSubset(subs);
  const problem = judgeableProblem(pkg);
  const judge = (s: ProblemSubmission, timeLimitMs: number) =>
    slot(() =>
      judgeSubmission({
        driver: options.driver,
        problem,
        language: s.language,
        source: s.source,
        mode: 'submit',
        ownerId: options.ownerId ?? 'cli:verify',
        timeLimitMs,
        ...(options.onEvent ? { onEvent: (e: JudgeEvent) => options.onEvent?.(s, e) } : {}),
      }),
    );
  const toRow = (s: ProblemSubmission, result: JudgeResult): VerifyRow => {
    const ok = s.expected.includes(result.verdict);
    let detail: string | undefined;
    if (result.verdict === 'internal_error') detail = result.error;
    else if (!ok) {
      const failing = result.tests.find((t) => t.verdict !== 'accepted');
      detail =
        result.compileOutput?.split('\n').slice(0, 3).join(' ') ??
        (failing ? `${failing.name}: ${failing.message ?? failing.verdict}` : undefined);
    }
    const row: VerifyRow = {
      path: s.path,
      language: s.language,
      expected: s.expected,
      got: result.verdict,
      slowestMs: Math.max(0, ...result.tests.map((t) => t.cpuMs)),
      ok,
      ...(detail ? { detail } : {}),
    };
    options.onRow?.(row);
    return row;
  };

  let timeLimitMs = pkg.limits.timeLimitMs;
  // The safety margin the other way round (problemtools' high limit): a submission filed as too slow
  // must still time out at limit × time_safety_margin, or it passes on a quicker or quieter host.
  // Timing out there implies timing out at the limit; otherwise it is judged again at the limit.
  const judgeRejected = async (s: ProblemSubmission): Promise<JudgeResult> => {
    if (s.expected.length !== 1 || s.expected[0] !== 'time_limit_exceeded') return judge(s, timeLimitMs);
    const highMs = Math.round(timeLimitMs * pkg.limits.timeSafetyMargin);
    const high = await judge(s, highMs);
    if (high.verdict === 'time_limit_exceeded' || high.verdict === 'internal_error') return high;
    issues.push({
      level: 'warning',
      message: `${s.path} does not time out at ${highMs} ms (the limit × time_safety_margin ${pkg.limits.timeSafetyMargin}): too close to the limit to rely on`,
    });
    return judge(s, timeLimitMs);
  };
  let timeLimitSource = pkg.limits.timeLimitSource;
  const rows: VerifyRow[] = [];
  const timing = subs.filter((s) => s.useForTimeLimit);
  const rest = subs.filter((s) => !s.useForTimeLimit);
  if (timeLimitSource === 'default' && timing.length) {
    const results = await pool(timing, concurrency, (s) => judge(s, timeLimitMs));
    const slowest = Math.max(
      0,
      ...results.map((r, i) => (r.verdict === 'accepted' ? normalisedSlowest(r, timing[i].language) : 0)),
    );
    timeLimitMs = deriveTimeLimitMs(slowest, pkg.limits.timeMultiplier);
    timeLimitSource = 'derived';
    results.forEach((r, i) => rows.push(toRow(timing[i], r)));
  } else {
    const results = await pool(timing, concurrency, (s) => judge(s, timeLimitMs));
    results.forEach((r, i) => rows.push(toRow(timing[i], r)));
    if (!options.fast && !options.filter) {
      const slowest = Math.max(
        0,
        ...results.map((r, i) => (r.verdict === 'accepted' ? normalisedSlowest(r, timing[i].language) : 0)),
      );
      const margin = checkSafetyMargin(slowest, timeLimitMs, pkg.limits.timeSafetyMargin);
      if (margin) issues.push({ level: 'warning', message: margin });
    }
  }
  const results = await pool(rest, concurrency, (s) => judgeRejected(s));
  results.forEach((r, i) => rows.push(toRow(rest[i], r)));
  rows.sort((a, b) => a.path.localeCompare(b.path));
  const ok = rows.every((r) => r.ok) && !issues.some((i) => i.level === 'error');
  return { slug: pkg.slug, rows, issues, timeLimitMs, timeLimitSource, ok };
}

/** Derives a Kattis package's time limit by judging its accepted submissions (import without `.timelimit`). */
export async function resolveTimeLimit(
  pkg: ProblemPackage,
  driver: SandboxDriver,
  concurrency = 2,
): Promise<ProblemPackage> {
  if (pkg.limits.timeLimitSource !== 'default') return pkg;
  const report = await verifyProblem(
    {
      pkg: { ...pkg, submissions: pkg.submissions.filter((s) => s.useForTimeLimit) },
      issues: [],
      skippedSubmissions: [],
    },
    { driver, concurrency },
  );
  if (report.timeLimitSource !== 'derived') return pkg;
  return { ...pkg, limits: { ...pkg.limits, timeLimitMs: report.timeLimitMs, timeLimitSource: 'derived' } };
}
