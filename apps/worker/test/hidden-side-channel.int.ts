/**
 * Hidden tests against a real side channel, end to end (api and a worker in this process, Postgres,
 * Redis, Docker; no injected results): a correct program that sleeps and allocates by the hidden
 * input it reads, so that per-test time, memory or progress would give that input back. The
 * candidate gets nothing per test for a hidden test — not on GET /api/submissions/:id, the list,
 * the runtime distribution, the live stream (/api/submissions/:id/events, followed from the start
 * and re-opened mid-run as late subscribers do) — and the submission's totals only rounded up to a
 * 1-2-5 step; an admin sees the exact per-test figures, which do carry the hidden input.
 *
 * State carried from one test to the next (the other way to read hidden inputs back) is covered by
 * test/adversarial/accepted/no_state_across_tests.py, judged through the real driver and supervisor.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type {
  RuntimeDistributionDto,
  SubmissionDto,
  SubmissionEvent,
  SubmissionSummaryDto,
  TestResultDto,
} from '@tryout/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { openSse } from '../../../test/support/sse';
import { JudgeWorkerService } from '../src/judge-worker.service';
import { WorkerModule } from '../src/worker.module';

const SLUG = 'side-channel-sum';
const SAMPLES = [
  { a: 4, b: 3 },
  { a: 5, b: 6 },
];
/** a % 4 differs on every hidden test (3, 0, 2, 1): that is what the program encodes. */
const HIDDEN = [
  { a: 7000003, b: 1100 },
  { a: 8000000, b: 2200 },
  { a: 9000002, b: 3300 },
  { a: 6000001, b: 4400 },
];
const TOTAL = SAMPLES.length + HIDDEN.length;

/**
 * Correct on every test, and hostile: (a % 4) × 0.15 s of sleep (well under the wall limit),
 * (a % 4 + 1) × 8 MiB of touched memory, and the input on stderr.
 */
const HOSTILE = [
  'import sys',
  'import time',
  '',
  'a, b = map(int, sys.stdin.read().split())',
  'v = a % 4',
  'ballast = b"x" * ((v + 1) * 8 * 1024 * 1024)',
  'time.sleep(v * 0.15)',
  'sys.stderr.write(f"leak:{a}:{b}:{v}\\n")',
  'print(a + b + 0 * len(ballast))',
  '',
].join('\n');

const problem = sampleStdioProblem({
  slug: SLUG,
  name: 'Side Channel Sum',
  tests: [
    ...SAMPLES.map(({ a, b }, i) => ({
      name: `sample/${i + 1}`,
      group: 'sample' as const,
      input: `${a} ${b}\n`,
      answer: `${a + b}\n`,
    })),
    ...HIDDEN.map(({ a, b }, i) => ({
      name: `secret/${i + 1}`,
      group: 'secret' as const,
      input: `${a} ${b}\n`,
      answer: `${a + b}\n`,
    })),
  ],
});

/** Text that only a hidden test's data could put in a response. */
const HIDDEN_MARKERS = HIDDEN.flatMap(({ a, b }) => [`leak:${a}:`, `${a} ${b}`, String(a), String(a + b)]);

/** The rule, restated: the smallest of 1, 2, 5, 10, 20, 50, … at or above the figure; 0 stays 0. */
function upTo125(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  for (let decade = 1; ; decade *= 10) for (const m of [1, 2, 5]) if (m * decade >= value) return m * decade;
}

/** Memory: the same rule over MB (1024 KB), the unit it is shown in. */
function memoryUpTo125(kb: number): number {
  return kb <= 0 ? 0 : upTo125(kb / 1024) * 1024;
}

function isStep125(value: number): boolean {
  if (value === 0) return true;
  for (let decade = 1; decade <= value; decade *= 10) if ([1, 2, 5].some((m) => m * decade === value)) return true;
  return false;
}

type Running = Extract<SubmissionEvent, { type: 'running' }>;
type VerdictEvent = Extract<SubmissionEvent, { type: 'verdict' }>;

interface StoredTest {
  index: number;
  hidden: boolean;
  cpu_ms: number;
  wall_ms: number;
  memory_kb: number;
  exit_code: number | null;
  signal: string | null;
}

/** What the candidate could read at one moment while the submission was judged. */
interface Poll {
  detail: SubmissionDto;
  listed: SubmissionSummaryDto | undefined;
  /** First message of a stream opened at that moment (the late subscriber's snapshot). */
  snapshot: SubmissionEvent | undefined;
}

interface Judged {
  id: string;
  candidateEvents: SubmissionEvent[];
  adminEvents: SubmissionEvent[];
  polls: Poll[];
  asCandidate: SubmissionDto;
  asAdmin: SubmissionDto;
  listed: SubmissionSummaryDto;
  stored: StoredTest[];
  row: { cpu_ms: number; memory_kb: number };
}

let t: TestApp;
let worker: INestApplicationContext;
let candidate: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await startTestApp({ env: { WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '1' } });
  await t.importProblem(problem);
  // The worker, as `npm run worker` builds it, on the same database and queue prefix.
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(t.config), { logger: false });
  await worker.init();
  [candidate, admin] = await Promise.all([t.register(), t.register('admin')]);
});

afterAll(async () => {
  await worker?.get(JudgeWorkerService).drain();
  await worker?.close();
  await t?.close();
});

async function streamEvents(id: string, user: TestUser): Promise<() => Promise<SubmissionEvent[]>> {
  const stream = await openSse(`${t.url}/api/submissions/${id}/events`, user.token);
  expect(stream.status).toBe(200);
  // Heartbeats come every 15 s, so a per-message wait of 2 minutes only trips on a stalled stream.
  return async () =>
    (await stream.collect(120_000)).filter((m) => m.event !== 'heartbeat').map((m) => m.data as SubmissionEvent);
}

async function firstEvent(id: string, user: TestUser): Promise<SubmissionEvent | undefined> {
  const stream = await openSse(`${t.url}/api/submissions/${id}/events`, user.token);
  try {
    expect(stream.status).toBe(200);
    for (;;) {
      const m = await stream.next(60_000);
      if (!m || m.event !== 'heartbeat') return m?.data as SubmissionEvent | undefined;
    }
  } finally {
    stream.close();
  }
}

async function getAs<T>(user: TestUser, path: string): Promise<T> {
  const res = await call<T>(t.url, 'GET', path, { token: user.token });
  expect(res.status, path).toBe(200);
  return res.body;
}

/** What the candidate can read, again and again, until the verdict is in. */
async function pollUntilFinished(id: string): Promise<Poll[]> {
  const polls: Poll[] = [];
  const deadline = Date.now() + 280_000;
  for (;;) {
    const [detail, list, snapshot] = await Promise.all([
      getAs<SubmissionDto>(candidate, `/api/submissions/${id}`),
      getAs<{ items: SubmissionSummaryDto[] }>(candidate, `/api/submissions?problem=${SLUG}`),
      firstEvent(id, candidate),
    ]);
    polls.push({ detail, listed: list.items.find((x) => x.id === id), snapshot });
    if (detail.status === 'finished') return polls;
    if (Date.now() > deadline) throw new Error(`not judged in time: ${JSON.stringify(detail)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function judgeHostile(): Promise<Judged> {
  const res = await call(t.url, 'POST', '/api/submissions', {
    token: candidate.token,
    body: { problem: SLUG, language: 'python', mode: 'submit', source: HOSTILE },
  });
  expect(res.status).toBe(202);
  const id = res.body.id as string;
  const [candidateStream, adminStream] = await Promise.all([streamEvents(id, candidate), streamEvents(id, admin)]);
  const [polls, candidateEvents, adminEvents] = await Promise.all([
    pollUntilFinished(id),
    candidateStream(),
    adminStream(),
  ]);
  const [asCandidate, asAdmin, list] = await Promise.all([
    getAs<SubmissionDto>(candidate, `/api/submissions/${id}`),
    getAs<SubmissionDto>(admin, `/api/submissions/${id}`),
    getAs<{ items: SubmissionSummaryDto[] }>(candidate, `/api/submissions?problem=${SLUG}`),
  ]);
  const db = t.app.get(DataSource);
  const stored = await db.query<StoredTest[]>(
    `SELECT "index", hidden, cpu_ms, wall_ms, memory_kb, exit_code, signal
       FROM submission_test_results WHERE submission_id = $1 ORDER BY "index"`,
    [id],
  );
  const [row] = await db.query<{ cpu_ms: number; memory_kb: number }[]>(
    'SELECT cpu_ms, memory_kb FROM submissions WHERE id = $1',
    [id],
  );
  const listed = list.items.find((x) => x.id === id);
  expect(listed).toBeDefined();
  return { id, candidateEvents, adminEvents, polls, asCandidate, asAdmin, listed: listed!, stored, row };
}

let judging: Promise<Judged> | undefined;
/** One hostile submission, judged once; every test reads what it left. */
const judged = () => (judging ??= judgeHostile());

const hiddenOnly = (tests: TestResultDto[]) => tests.filter((x) => x.hidden);
const withoutHiddenData = (label: string, value: unknown) => {
  const text = JSON.stringify(value);
  for (const marker of HIDDEN_MARKERS) expect(text, `${label} contains ${marker}`).not.toContain(marker);
};

describe('hidden tests against a program that encodes their input in time and memory', () => {
  it('the hostile program is accepted, and its exact per-test figures (an admin’s view) carry the hidden input', async () => {
    const { asAdmin, stored, row, adminEvents, id } = await judged();
    const detail = JSON.stringify(asAdmin.tests);
    expect(asAdmin, detail).toMatchObject({ status: 'finished', verdict: 'accepted', testsDone: TOTAL });
    expect(asAdmin.tests.map((x) => x.verdict)).toEqual(Array(TOTAL).fill('accepted'));
    expect(stored.map((x) => x.index)).toEqual([...Array(TOTAL).keys()]);

    // Every hidden test, with the figures the judge measured (as stored), named by its rank only.
    const hidden = hiddenOnly(asAdmin.tests);
    expect(hidden).toEqual(
      HIDDEN.map((_, k) => {
        const s = stored[SAMPLES.length + k];
        return {
          index: SAMPLES.length + k,
          name: `Hidden test ${k + 1}`,
          hidden: true,
          verdict: 'accepted',
          cpuMs: s.cpu_ms,
          wallMs: s.wall_ms,
          memoryKb: s.memory_kb,
          exitCode: 0,
          signal: null,
        };
      }),
    );
    // The channel is real: memory grows with a % 4 (8 MiB a step), so exact figures would tell the input.
    const byCode = HIDDEN.map(({ a }, k) => ({ v: a % 4, memoryKb: hidden[k].memoryKb! })).sort((x, y) => x.v - y.v);
    for (let i = 1; i < byCode.length; i++)
      expect(byCode[i].memoryKb - byCode[i - 1].memoryKb, detail).toBeGreaterThanOrEqual(4 * 1024);

    // Exact totals: the maximum over the tests, as stored.
    expect(asAdmin.cpuMs).toBe(Math.max(...stored.map((x) => x.cpu_ms)));
    expect(asAdmin.memoryKb).toBe(Math.max(...stored.map((x) => x.memory_kb)));
    expect({ cpuMs: asAdmin.cpuMs, memoryKb: asAdmin.memoryKb }).toEqual({
      cpuMs: row.cpu_ms,
      memoryKb: row.memory_kb,
    });

    // The admin's stream followed every hidden test with the same figures, and ended with exact totals.
    const streamedHidden = adminEvents
      .filter((e): e is Running => e.type === 'running' && e.test?.hidden === true)
      .map((e) => e.test!)
      .sort((x, y) => x.index - y.index);
    expect(streamedHidden).toEqual(hidden);
    expect(adminEvents.at(-1)).toEqual({
      type: 'verdict',
      submissionId: id,
      status: 'finished',
      verdict: 'accepted',
      cpuMs: asAdmin.cpuMs,
      memoryKb: asAdmin.memoryKb,
    });
  }, 300_000);

  it('GET /api/submissions/:id: hidden tests show the candidate their name and verdict only, totals in 1-2-5 steps', async () => {
    const { asCandidate, asAdmin, polls } = await judged();
    expect(asCandidate).toMatchObject({ status: 'finished', verdict: 'accepted', testsDone: TOTAL, testsTotal: TOTAL });
    expect(asCandidate.tests.map((x) => x.index)).toEqual([...Array(TOTAL).keys()]);
    expect(hiddenOnly(asCandidate.tests)).toEqual(
      HIDDEN.map((_, k) => ({
        index: SAMPLES.length + k,
        name: `Hidden test ${k + 1}`,
        hidden: true,
        verdict: 'accepted',
      })),
    );
    // The samples are the candidate's to see, figures and all (the program ran and wrote its stderr).
    SAMPLES.forEach(({ a, b }, i) =>
      expect(asCandidate.tests[i]).toMatchObject({
        index: i,
        name: `sample/${i + 1}`,
        hidden: false,
        verdict: 'accepted',
        input: `${a} ${b}\n`,
        expected: `${a + b}\n`,
        actual: `${a + b}\n`,
        stderr: `leak:${a}:${b}:${a % 4}\n`,
        exitCode: 0,
      }),
    );
    withoutHiddenData('GET as candidate', asCandidate);

    // Totals: the admin's exact figure rounded up to the next 1-2-5 step.
    expect(isStep125(asCandidate.cpuMs!)).toBe(true);
    expect(isStep125(asCandidate.memoryKb! / 1024)).toBe(true);
    expect({ cpuMs: asCandidate.cpuMs, memoryKb: asCandidate.memoryKb }).toEqual({
      cpuMs: upTo125(asAdmin.cpuMs!),
      memoryKb: memoryUpTo125(asAdmin.memoryKb!),
    });

    // While judged: no hidden result, no count past the samples, no exact totals.
    const midRun = polls.filter((p) => p.detail.status !== 'finished');
    expect(midRun.length).toBeGreaterThan(0);
    for (const { detail } of midRun) {
      const seen = JSON.stringify(detail);
      expect(
        detail.tests.filter((x) => x.hidden),
        seen,
      ).toEqual([]);
      expect(detail.testsDone, seen).toBeLessThanOrEqual(SAMPLES.length);
      expect(detail.testsDone, seen).toBe(detail.tests.length);
      withoutHiddenData('GET mid-run', detail);
    }
    for (const { detail } of polls)
      for (const x of hiddenOnly(detail.tests))
        expect(Object.keys(x).sort()).toEqual(['hidden', 'index', 'name', 'verdict']);
  }, 300_000);

  it('the submissions list shows the candidate totals in 1-2-5 steps and no progress through hidden tests', async () => {
    const { listed, asAdmin, polls } = await judged();
    expect(listed).toMatchObject({ status: 'finished', verdict: 'accepted', testsDone: TOTAL, testsTotal: TOTAL });
    expect(listed).not.toHaveProperty('tests');
    expect({ cpuMs: listed.cpuMs, memoryKb: listed.memoryKb }).toEqual({
      cpuMs: upTo125(asAdmin.cpuMs!),
      memoryKb: memoryUpTo125(asAdmin.memoryKb!),
    });
    withoutHiddenData('list', listed);
    const midRun = polls.filter((p) => p.listed && p.listed.status !== 'finished');
    expect(midRun.length).toBeGreaterThan(0);
    for (const { listed: item } of midRun) {
      expect(item!.testsDone, JSON.stringify(item)).toBeLessThanOrEqual(SAMPLES.length);
      expect(item).toMatchObject({ cpuMs: null, memoryKb: null });
    }
  }, 300_000);

  it('the event stream shows the candidate no hidden result or progress, and a verdict with 1-2-5 totals', async () => {
    const { id, candidateEvents, adminEvents, asAdmin, polls } = await judged();
    const detail = JSON.stringify(candidateEvents);
    // Not vacuous: the admin's stream, open over the same run, carried every hidden test.
    expect(adminEvents.filter((e) => e.type === 'running' && e.test?.hidden).length).toBe(HIDDEN.length);

    const running = candidateEvents.filter((e): e is Running => e.type === 'running');
    for (const e of running) {
      expect(e.done, detail).toBeLessThanOrEqual(SAMPLES.length);
      expect(e.test?.hidden ?? false, detail).toBe(false);
      if (e.test) expect(e.test.index, detail).toBeLessThan(SAMPLES.length);
    }
    withoutHiddenData('candidate stream', candidateEvents);
    const verdict: VerdictEvent = {
      type: 'verdict',
      submissionId: id,
      status: 'finished',
      verdict: 'accepted',
      cpuMs: upTo125(asAdmin.cpuMs!),
      memoryKb: memoryUpTo125(asAdmin.memoryKb!),
    };
    expect(candidateEvents.at(-1)).toEqual(verdict);
    expect(candidateEvents.filter((e) => e.type === 'verdict')).toHaveLength(1);

    // Late subscribers (a stream opened at any moment of the run) get no more in their first message.
    for (const { snapshot } of polls) {
      const seen = JSON.stringify(snapshot);
      expect(snapshot, seen).toBeDefined();
      if (snapshot!.type === 'running') {
        expect(snapshot!.done, seen).toBeLessThanOrEqual(SAMPLES.length);
        expect(snapshot!.test?.hidden ?? false, seen).toBe(false);
      }
      if (snapshot!.type === 'verdict') expect(snapshot).toEqual(verdict);
    }
    withoutHiddenData(
      'snapshots',
      polls.map((p) => p.snapshot),
    );
  }, 300_000);

  it('the runtime distribution shows the candidate only the rounded runtime', async () => {
    const { id, asAdmin } = await judged();
    const coarse = upTo125(asAdmin.cpuMs!);
    const mine = await getAs<RuntimeDistributionDto>(candidate, `/api/submissions/${id}/runtime-distribution`);
    expect(mine).toMatchObject({ language: 'python', total: 1, cpuMs: coarse, rounded: true });
    // With one accepted submit the one bucket is built from the rounded figure alone: it ends at it
    // and starts at the 1-2-5 step below it (the smallest step whose successor is `coarse`), both
    // fixed by `coarse`, so neither bound tells the exact runtime.
    expect(mine.buckets).toEqual([{ fromMs: expect.any(Number), toMs: coarse, count: 1 }]);
    for (const b of mine.buckets) {
      expect(b.fromMs).toBeLessThan(coarse);
      expect(b.fromMs === 0 || upTo125(b.fromMs) === b.fromMs).toBe(true);
      expect(upTo125(b.fromMs + 0.5)).toBe(coarse);
    }
    const exact = await getAs<RuntimeDistributionDto>(admin, `/api/submissions/${id}/runtime-distribution`);
    expect(exact.cpuMs).toBe(asAdmin.cpuMs);
  }, 300_000);
});
