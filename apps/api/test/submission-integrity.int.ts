/**
 * Judge integrity through the real API (Postgres, Redis): hidden tests reveal only their verdict
 * on every route and event, figures are coarse for candidates and exact for admins, hidden tests
 * have one numbering, and the live stream never loses the final state, whatever the interleaving
 * of subscription, snapshot and publish (forced with hooks, not sleeps); a submission is made on
 * the problem's current version even when this replica's cached copy is stale.
 */
import type { SubmissionEvent, TestResultDto } from '@tryout/contracts';
import { SubmittableProblemsCache } from '@tryout/server-problems';
import { REDIS_CLIENT, RedisSubscriberService, SubmissionEventsService } from '@tryout/server-queue';
import { JudgingService, SubmissionsService } from '@tryout/server-submissions';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { openSse } from '../../../test/support/sse';

// sum-two: tests 0-1 are samples, 2-4 hidden.
const result = (index: number, verdict: TestResultDto['verdict'] = 'accepted'): TestResultDto => {
  const hidden = index >= 2;
  return {
    index,
    name: hidden ? `secret/${index - 1}` : `sample/${index + 1}`,
    hidden,
    verdict,
    cpuMs: 100 + index * 250,
    wallMs: 300 + index * 250,
    memoryKb: 1234 + index,
    input: `in-${index}`,
    expected: `exp-${index}`,
    actual: `act-${index}`,
    stderr: '',
    exitCode: index,
    signal: null,
  };
};

type Running = Extract<SubmissionEvent, { type: 'running' }>;
type VerdictEvent = Extract<SubmissionEvent, { type: 'verdict' }>;

describe('submission integrity', () => {
  let t: TestApp;
  let alice: TestUser;
  let admin: TestUser;
  let judging: JudgingService;

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSIONS_PER_MINUTE: '100', MAX_QUEUED_PER_USER: '20' } });
    await t.importProblem(sampleStdioProblem());
    [alice, admin] = await Promise.all([t.register(), t.register('admin')]);
    judging = t.app.get(JudgingService);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await t?.close();
  });

  const submit = async (user: TestUser): Promise<string> => {
    const res = await call(t.url, 'POST', '/api/submissions', {
      token: user.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(3)' },
    });
    expect(res.status).toBe(202);
    return res.body.id as string;
  };
  const final = (tests: TestResultDto[]) => ({
    verdict: tests.every((x) => x.verdict === 'accepted') ? ('accepted' as const) : ('wrong_answer' as const),
    cpuMs: Math.max(...tests.map((x) => x.cpuMs ?? 0)),
    memoryKb: Math.max(...tests.map((x) => x.memoryKb ?? 0)),
    tests,
  });
  const live = async (user: TestUser, id: string) => {
    const stream = await openSse(`${t.url}/api/submissions/${id}/events`, user.token);
    expect(stream.status).toBe(200);
    return stream;
  };

  it('hidden tests show only their verdict to the candidate, with one numbering on the stream, GET and list', async () => {
    const id = await submit(alice);
    await judging.markStatus(id, 'compiling');
    await judging.markStatus(id, 'running', 5);
    const stream = await live(alice, id);
    const adminStream = await live(admin, id);
    // Results arrive out of order; names follow the index, not the arrival.
    const order = [0, 1, 4, 2, 3];
    for (const i of order) await judging.recordTestResult(id, result(i));
    // While it runs, a candidate learns nothing of the hidden tests: not their results, not how many are done
    // (the detail counts the visible tests done; the list shows no count).
    const running = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(running.body).toMatchObject({ status: 'running', testsDone: 2 });
    expect((running.body.tests as TestResultDto[]).map((x) => x.index)).toEqual([0, 1]);
    const runningList = await call(t.url, 'GET', '/api/submissions?problem=sum-two', { token: alice.token });
    expect(runningList.body.items.find((x: { id: string }) => x.id === id)).toMatchObject({ testsDone: 0 });
    await judging.finish(id, final([0, 1, 2, 3, 4].map((i) => result(i))));
    const events = (await stream.collect())
      .filter((m) => m.event !== 'heartbeat')
      .map((m) => m.data as SubmissionEvent);
    const streamed = events
      .filter((e): e is Running => e.type === 'running' && e.test !== undefined)
      .map((e) => e.test!);
    // Progress through hidden tests would time them: the candidate's stream carries none of it.
    expect(streamed.map((x) => x.index)).toEqual([0, 1]);
    for (const e of events) if (e.type === 'running') expect(e.done).toBeLessThanOrEqual(2);
    // The admin's stream has every test, named as the GET names them.
    const hiddenStreamed = (await adminStream.collect())
      .filter((m) => m.event !== 'heartbeat')
      .map((m) => m.data as SubmissionEvent)
      .filter((e): e is Running => e.type === 'running' && e.test !== undefined && e.test.hidden)
      .map((e) => e.test!);
    expect(hiddenStreamed.map((x) => [x.index, x.name])).toEqual([
      [4, 'Hidden test 3'],
      [2, 'Hidden test 1'],
      [3, 'Hidden test 2'],
    ]);

    const got = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(got.status).toBe(200);
    const hiddenStored = (got.body.tests as TestResultDto[]).filter((x) => x.hidden);
    expect(hiddenStored).toEqual([
      { index: 2, name: 'Hidden test 1', hidden: true, verdict: 'accepted' },
      { index: 3, name: 'Hidden test 2', hidden: true, verdict: 'accepted' },
      { index: 4, name: 'Hidden test 3', hidden: true, verdict: 'accepted' },
    ]);
    // Stream and GET agree on every hidden test's name.
    for (const x of hiddenStreamed) expect(hiddenStored.find((y) => y.index === x.index)?.name).toBe(x.name);
    // Visible tests keep their figures and data.
    expect(got.body.tests[0]).toMatchObject({ name: 'sample/1', cpuMs: 100, wallMs: 300, input: 'in-0' });

    // The submission's figures: max over tests (1100 ms, 1238 KB) rounded up to a 1-2-5 step (of
    // ms; of MB for memory: 1238 KB is 1.2 MB, so 2 MB).
    const verdict = events.at(-1) as VerdictEvent;
    expect(verdict).toMatchObject({ type: 'verdict', cpuMs: 2000, memoryKb: 2048 });
    expect(got.body).toMatchObject({ cpuMs: 2000, memoryKb: 2048 });
    const list = await call(t.url, 'GET', '/api/submissions?problem=sum-two', { token: alice.token });
    expect(list.body.items.find((x: { id: string }) => x.id === id)).toMatchObject({ cpuMs: 2000, memoryKb: 2048 });
    const again = await live(alice, id);
    expect((await again.collect()).map((m) => m.data)).toEqual([verdict]);
  });

  it('admins see exact figures and per-test metrics of hidden tests', async () => {
    const id = await submit(alice);
    await judging.markStatus(id, 'compiling');
    await judging.markStatus(id, 'running', 5);
    const stream = await live(admin, id);
    await judging.recordTestResult(id, result(2, 'wrong_answer'));
    await judging.finish(id, final([result(0), result(1), result(2, 'wrong_answer')]));
    const events = (await stream.collect())
      .filter((m) => m.event !== 'heartbeat')
      .map((m) => m.data as SubmissionEvent);
    expect(events.find((e): e is Running => e.type === 'running' && e.test !== undefined)?.test).toEqual({
      index: 2,
      name: 'Hidden test 1',
      hidden: true,
      verdict: 'wrong_answer',
      cpuMs: 600,
      wallMs: 800,
      memoryKb: 1236,
      exitCode: 2,
      signal: null,
    });
    expect(events.at(-1)).toMatchObject({ type: 'verdict', cpuMs: 600, memoryKb: 1236 });
    const got = await call(t.url, 'GET', `/api/submissions/${id}`, { token: admin.token });
    expect(got.body).toMatchObject({ cpuMs: 600, memoryKb: 1236 });
    expect(got.body.tests[2]).toEqual({
      index: 2,
      name: 'Hidden test 1',
      hidden: true,
      verdict: 'wrong_answer',
      cpuMs: 600,
      wallMs: 800,
      memoryKb: 1236,
      exitCode: 2,
      signal: null,
    });
    expect(JSON.stringify(got.body)).not.toContain('in-2');
    const asOwner = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(asOwner.body).toMatchObject({ cpuMs: 1000, memoryKb: 2048 });
    expect(asOwner.body.tests[2]).toEqual({ index: 2, name: 'Hidden test 1', hidden: true, verdict: 'wrong_answer' });
  });

  it('delivers the verdict written and published between the snapshot read and the subscription', async () => {
    const id = await submit(alice);
    await judging.markStatus(id, 'compiling');
    const submissions = t.app.get(SubmissionsService);
    const bus = t.app.get(SubmissionEventsService);
    // The interleaving, forced: the snapshot is read (compiling), then the worker writes and
    // publishes the verdict while nobody listens, then the relay's subscription takes effect.
    const stale = await submissions.currentEvent(id, false);
    expect(stale).toMatchObject({ type: 'status', status: 'compiling' });
    vi.spyOn(submissions, 'currentEvent').mockResolvedValueOnce(stale);
    const subscribe = bus.subscribe.bind(bus);
    let published = false;
    vi.spyOn(bus, 'subscribe').mockImplementationOnce(async (submissionId, onEvent) => {
      await judging.finish(submissionId, final([result(0), result(1)]));
      published = true;
      return subscribe(submissionId, onEvent);
    });
    const stream = await live(alice, id);
    const all = (await stream.collect()).filter((m) => m.event !== 'heartbeat').map((m) => m.data as SubmissionEvent);
    expect(published).toBe(true);
    expect(all.map((e) => e.type)).toEqual(['status', 'verdict']);
    expect(all[1]).toMatchObject({ verdict: 'accepted', status: 'finished' });
  });

  it('delivers the verdict when the worker could not publish it', async () => {
    const id = await submit(alice);
    await judging.markStatus(id, 'compiling');
    const stream = await live(alice, id);
    expect((await stream.next())?.data).toMatchObject({ type: 'status', status: 'compiling' });
    const bus = t.app.get(SubmissionEventsService);
    vi.spyOn(bus, 'publish').mockRejectedValueOnce(new Error('redis went away'));
    await judging.finish(id, final([result(0), result(1)])); // the publish fails; judging goes on
    const rest = (await stream.collect()).filter((m) => m.event !== 'heartbeat').map((m) => m.data as SubmissionEvent);
    expect(rest.map((e) => e.type)).toEqual(['verdict']);
  });

  it('a second listener on a channel waits for the same confirmed subscription', async () => {
    const subscriber = t.app.get(RedisSubscriberService);
    const redis = t.app.get<Redis>(REDIS_CLIENT);
    const channel = `${t.prefix}:probe:${Date.now()}`;
    const got: string[] = [];
    const resolved: string[] = [];
    const first = subscriber
      .subscribe(channel, (m) => got.push(`a:${m}`))
      .then((off) => {
        resolved.push('first');
        return off;
      });
    const second = subscriber
      .subscribe(channel, (m) => got.push(`b:${m}`))
      .then((off) => {
        resolved.push('second');
        return off;
      });
    const [offA, offB] = await Promise.all([first, second]);
    // The second did not return before Redis confirmed the first's SUBSCRIBE.
    expect(resolved).toEqual(['first', 'second']);
    const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    expect(Number(count)).toBe(1);
    expect(await redis.publish(channel, 'x')).toBe(1);
    await vi.waitFor(() => expect(got.sort()).toEqual(['a:x', 'b:x']));
    await offB();
    await offA();
    const [, after] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    expect(Number(after)).toBe(0);
  });

  it('creates on the current version and refuses an archived problem even when its cached entry is stale', async () => {
    const pkg = sampleStdioProblem({ slug: 'sum-stale' });
    await t.importProblem(pkg);
    const judy = await t.register();
    const submitStale = (user: TestUser) =>
      call(t.url, 'POST', '/api/submissions', {
        token: user.token,
        body: { problem: 'sum-stale', language: 'python', mode: 'run', source: 'print(3)' },
      });
    expect((await submitStale(judy)).status).toBe(202);
    // This replica misses the invalidations from here on (as if the pub/sub message were lost).
    const cache = t.app.get(SubmittableProblemsCache);
    const missed = vi.spyOn(cache, 'invalidate').mockImplementation(() => undefined);
    const db = t.app.get(DataSource);
    try {
      const v2 = await t.importProblem({
        ...pkg,
        tests: [{ name: 'sample/9', group: 'sample', input: '4 4\n', answer: '8\n' }, ...pkg.tests],
      });
      expect(v2).toMatchObject({ version: 2, newVersion: true });
      const second = await submitStale(judy);
      expect(second.status).toBe(202);
      const [row] = await db.query<{ version: number; tests_total: number }[]>(
        `SELECT v.version, s.tests_total FROM submissions s JOIN problem_versions v ON v.id = s.problem_version_id
          WHERE s.id = $1`,
        [second.body.id],
      );
      expect(row).toEqual({ version: 2, tests_total: 3 });
      await db.query('UPDATE problems SET archived_at = now() WHERE slug = $1', ['sum-stale']);
      const third = await submitStale(judy);
      expect(third.status).toBe(404);
      expect(third.body.code).toBe('problem_not_found');
    } finally {
      missed.mockRestore();
    }
  });
});
