import { JobPriority, type SubmissionEvent, type TestResultDto } from '@tryout/contracts';
import { JudgeQueueService, SubmissionEventsService } from '@tryout/server-queue';
import { CatalogService } from '@tryout/server-problems';
import { JudgingService } from '@tryout/server-submissions';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';
import { openSse } from '../../../test/support/sse';

const result = (index: number, hidden: boolean, verdict: TestResultDto['verdict'] = 'accepted'): TestResultDto => ({
  index,
  name: hidden ? `secret/${index}` : `sample/${index + 1}`,
  hidden,
  verdict,
  cpuMs: 10 + index,
  wallMs: 20 + index,
  memoryKb: 1000,
  input: `in-${index}`,
  expected: `exp-${index}`,
  actual: `act-${index}`,
  stderr: '',
});

describe('submissions', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let judging: JudgingService;

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSIONS_PER_MINUTE: '12', MAX_QUEUED_PER_USER: '3' } });
    await t.importProblem(sampleStdioProblem());
    await t.importProblem(sampleFunctionProblem());
    [alice, bob] = await Promise.all([t.register(), t.register()]);
    judging = t.app.get(JudgingService);
  });
  afterAll(async () => {
    await t?.close();
  });

  const submit = (user: TestUser, body: Record<string, unknown>) =>
    call(t.url, 'POST', '/api/submissions', {
      token: user.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(3)', ...body },
    });

  it('creates with 202 and enqueues a job whose id is the submission id', async () => {
    const res = await submit(alice, { mode: 'run' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const job = await t.app.get(JudgeQueueService).queue.getJob(res.body.id);
    expect(job?.id).toBe(res.body.id);
    // The request id rides along so the worker's log lines join the API's (docs/operations.md).
    expect(job?.data).toEqual({ submissionId: res.body.id, requestId: expect.any(String) });
    expect(job?.opts.priority).toBe(JobPriority.Run);
    // Enqueueing the same submission again is a no-op.
    await t.app.get(JudgeQueueService).enqueueJudge(res.body.id, 'Run');
    expect(await t.app.get(JudgeQueueService).queue.getJobCountByTypes('waiting', 'prioritized')).toBe(1);
    const got = await call(t.url, 'GET', `/api/submissions/${res.body.id}`, { token: alice.token });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      status: 'queued',
      verdict: null,
      mode: 'run',
      testsTotal: 2,
      source: 'print(3)',
      problemSlug: 'sum-two',
    });
    await judging.finish(res.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
  });

  it('gives the worker the version data with the tests of the mode', async () => {
    const run = await submit(alice, { mode: 'run' });
    const custom = await submit(alice, { mode: 'run', customInput: '40 2\n' });
    const full = await submit(alice, { mode: 'submit' });
    expect((await judging.load(run.body.id)).problem.tests.map((x) => x.name)).toEqual(['sample/1', 'sample/2']);
    const c = await judging.load(custom.body.id);
    expect(c.customInput).toBe(true);
    expect(c.problem.tests).toEqual([{ name: 'custom/1', group: 'sample', input: '40 2\n', answer: '' }]);
    const f = await judging.load(full.body.id);
    expect(f.problem.tests).toHaveLength(5);
    expect(f.problem.limits.timeLimitMs).toBe(1000);
    for (const id of [run.body.id, custom.body.id, full.body.id])
      await judging.finish(id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
  });

  it('takes several custom cases, stores them and runs one test per case', async () => {
    const cases = ['[2,7,11,15]\n9\n', '[3,3]\n6'];
    const erin = await t.register();
    const res = await submit(erin, { problem: 'two-sum', mode: 'run', customInputs: cases });
    expect(res.status).toBe(202);
    const task = await judging.load(res.body.id);
    expect(task.problem.tests.map((x) => [x.name, x.input])).toEqual([
      ['custom/1', cases[0]],
      ['custom/2', cases[1]],
    ]);
    const got = await call(t.url, 'GET', `/api/submissions/${res.body.id}`, { token: erin.token });
    expect(got.body).toMatchObject({ customInputs: cases, testsTotal: 2 });
    await judging.finish(res.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
  });

  it('rejects a custom case that does not fit the signature with 400 custom_input_invalid naming the shape', async () => {
    const frank = await t.register();
    const wrongType = await submit(frank, { problem: 'two-sum', mode: 'run', customInputs: ['[1,2]\nnine'] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({
      code: 'custom_input_invalid',
      message: 'line 2 (target) must be an int like 5',
    });
    const secondCase = await submit(frank, { problem: 'two-sum', mode: 'run', customInputs: ['[1,2]\n3', '[1,2]'] });
    expect(secondCase.status).toBe(400);
    expect(secondCase.body.message).toBe(
      'case 2: expected 2 lines, one JSON value per parameter (nums: int[], target: int); got 1',
    );
    const legacy = await submit(frank, { problem: 'two-sum', mode: 'run', customInput: '[1,"x"]\n3' });
    expect(legacy.body).toMatchObject({
      code: 'custom_input_invalid',
      message: 'line 1 (nums) must be an int[] like [1,2,3]',
    });
    const tooMany = await submit(frank, { problem: 'two-sum', mode: 'run', customInputs: Array(11).fill('[1]\n1') });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('validation_failed');
    const none = await submit(frank, { problem: 'two-sum', mode: 'run', customInputs: [] });
    expect(none.body.code).toBe('validation_failed');
    const onSubmit = await submit(frank, { problem: 'two-sum', mode: 'submit', customInputs: ['[1,2]\n3'] });
    expect(onSubmit.body.code).toBe('validation_failed');
    // Stdio problems take any text.
    const stdio = await submit(frank, { mode: 'run', customInputs: ['anything\n', '1 2'] });
    expect(stdio.status).toBe(202);
    await judging.finish(stdio.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
  });

  it("keeps a function test's returned value and its prints apart, and never shows them for hidden tests", async () => {
    const gina = await t.register();
    const { body } = await submit(gina, { problem: 'two-sum', mode: 'submit' });
    const visible: TestResultDto = { ...result(0, false), actual: '[0,1]', stdout: 'debug 1\n' };
    const hidden: TestResultDto = { ...result(1, true), actual: '[1,2]', stdout: 'secret print\n' };
    await judging.finish(body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [visible, hidden] });
    const got = await call(t.url, 'GET', `/api/submissions/${body.id}`, { token: gina.token });
    expect(got.body.tests[0]).toMatchObject({ actual: '[0,1]', stdout: 'debug 1\n', expected: 'exp-0' });
    expect(got.body.tests[1]).not.toHaveProperty('stdout');
    expect(got.body.tests[1]).not.toHaveProperty('actual');
    expect(JSON.stringify(got.body)).not.toContain('secret print');
  });

  it('a compile error has no runtime or memory (null, not 0 ms / 0 KB)', async () => {
    const hank = await t.register();
    const { body } = await submit(hank, { mode: 'run' });
    await judging.finish(body.id, { verdict: 'compile_error', cpuMs: 0, memoryKb: 0, compileOutput: 'E', tests: [] });
    const got = await call(t.url, 'GET', `/api/submissions/${body.id}`, { token: hank.token });
    expect(got.body).toMatchObject({ verdict: 'compile_error', cpuMs: null, memoryKb: null, compileOutput: 'E' });
    const list = await call(t.url, 'GET', '/api/submissions', { token: hank.token });
    expect(list.body.items[0]).toMatchObject({ cpuMs: null, memoryKb: null });
  });

  it('places an accepted submit among the accepted submits of its problem and language (runtime distribution)', async () => {
    const one = (cpuMs: number): TestResultDto => ({ ...result(0, false), cpuMs });
    // Go: no other test here submits two-sum in Go, so the population is exactly this one's.
    const accepted = async (cpuMs: number, language = 'go') => {
      const user = await t.register();
      const { body } = await submit(user, { problem: 'two-sum', language });
      await judging.finish(body.id, { verdict: 'accepted', cpuMs, memoryKb: 1, tests: [one(cpuMs)] });
      return { user, id: body.id as string };
    };
    for (const ms of [10, 20, 30, 40, 100]) await accepted(ms);
    await accepted(5, 'cpp'); // another language: not counted
    const mine = await accepted(25);
    const got = await call(t.url, 'GET', `/api/submissions/${mine.id}/runtime-distribution`, {
      token: mine.user.token,
    });
    expect(got.status).toBe(200);
    // The candidate's runtime is rounded up (25 → 50 ms) as everywhere they see it; so are the others'
    // (10, 20, 30 → 50, 40 → 50, 100). Mid-rank: 100 is slower (1), 30 and 40 tie at 50 (½ each),
    // of the 5 others: 2 / 5.
    expect(got.body).toMatchObject({ language: 'go', total: 6, cpuMs: 50, beatsPercent: 40, rounded: true });
    // An admin sees the exact figure: 30, 40 and 100 are slower, 3 of the 5 others, no tie.
    const admin = await t.register('admin');
    const exact = await call(t.url, 'GET', `/api/submissions/${mine.id}/runtime-distribution`, { token: admin.token });
    expect(exact.body).toMatchObject({ language: 'go', total: 6, cpuMs: 25, beatsPercent: 60, rounded: false });
    // The admin's ranges are exact: ten of 9.1 ms from 10 to 101: 10 | 20, 25 | 30 | 40 | … | 100.
    expect(exact.body.buckets).toHaveLength(10);
    expect(exact.body.buckets.map((b: { count: number }) => b.count)).toEqual([1, 2, 1, 1, 0, 0, 0, 0, 0, 1]);
    expect(exact.body.buckets[0]).toMatchObject({ fromMs: 10 });
    expect(exact.body.buckets[9]).toMatchObject({ toMs: 101, count: 1 });
    // The candidate's are the 1-2-5 steps present, each (step below, step], built from rounded
    // runtimes only, so no bound or count tells an exact runtime.
    expect(got.body.buckets).toEqual([
      { fromMs: 5, toMs: 10, count: 1 },
      { fromMs: 10, toMs: 20, count: 1 },
      { fromMs: 20, toMs: 50, count: 3 },
      { fromMs: 50, toMs: 100, count: 1 },
    ]);
    for (const b of got.body.buckets as { fromMs: number; toMs: number }[])
      expect([25, 30, 40].some((ms) => b.fromMs === ms || b.toMs === ms)).toBe(false);
    // Two accepted submits tied at one step: each beats half of the other, in one bar.
    const tiedA = await accepted(120, 'rust');
    await accepted(150, 'rust');
    const tied = await call(t.url, 'GET', `/api/submissions/${tiedA.id}/runtime-distribution`, {
      token: tiedA.user.token,
    });
    expect(tied.body).toMatchObject({ total: 2, cpuMs: 200, beatsPercent: 50 });
    expect(tied.body.buckets).toEqual([{ fromMs: 100, toMs: 200, count: 2 }]);
    // A wrong answer has no place in it; someone else's submission is not found.
    const wrong = await t.register();
    const w = await submit(wrong, { problem: 'two-sum' });
    await judging.finish(w.body.id, { verdict: 'wrong_answer', cpuMs: 1, memoryKb: 1, tests: [one(1)] });
    const refused = await call(t.url, 'GET', `/api/submissions/${w.body.id}/runtime-distribution`, {
      token: wrong.token,
    });
    expect(refused.status).toBe(400);
    const stranger = await call(t.url, 'GET', `/api/submissions/${mine.id}/runtime-distribution`, {
      token: wrong.token,
    });
    expect(stranger.status).toBe(404);
  });

  it('shows results with hidden tests redacted, writes idempotently and keeps public counters right', async () => {
    const { body } = await submit(alice, {});
    await judging.markStatus(body.id, 'compiling');
    await judging.markStatus(body.id, 'running', 5);
    await judging.recordTestResult(body.id, result(0, false));
    await judging.recordTestResult(body.id, result(0, false)); // retried: overwrite
    await judging.recordTestResult(body.id, result(2, true, 'wrong_answer'));
    const partial = await call(t.url, 'GET', `/api/submissions/${body.id}`, { token: alice.token });
    // While a submit runs, the candidate sees neither hidden results nor a count that would time them.
    expect(partial.body).toMatchObject({ status: 'running', testsDone: 1, testsTotal: 5 });
    expect((partial.body.tests as TestResultDto[]).map((x) => x.index)).toEqual([0]);
    const final = {
      verdict: 'wrong_answer' as const,
      cpuMs: 12,
      memoryKb: 1000,
      tests: [result(0, false), result(1, false), result(2, true, 'wrong_answer')],
    };
    await judging.finish(body.id, final);
    await judging.finish(body.id, final); // crash-and-rerun: same rows, counted once
    const got = await call(t.url, 'GET', `/api/submissions/${body.id}`, { token: alice.token });
    expect(got.body).toMatchObject({ status: 'finished', verdict: 'wrong_answer', testsDone: 3 });
    expect(got.body.tests).toHaveLength(3);
    expect(got.body.tests[0]).toMatchObject({ name: 'sample/1', input: 'in-0', expected: 'exp-0', actual: 'act-0' });
    // A hidden test reveals its verdict only: no data, figures, exit code or signal.
    expect(got.body.tests[2]).toEqual({ index: 2, name: 'Hidden test 1', hidden: true, verdict: 'wrong_answer' });
    expect(JSON.stringify(got.body)).not.toContain('in-2');
    const detail = await call(t.url, 'GET', '/api/problems/sum-two');
    // Catalog stats may be cached up to a few seconds; the database is exact.
    const [{ submit_count, accepted_count }] = await t.app
      .get(DataSource)
      .query('SELECT submit_count, accepted_count FROM problems WHERE slug = $1', ['sum-two']);
    expect({ submit_count, accepted_count }).toEqual({ submit_count: 2, accepted_count: 1 });
    expect(detail.status).toBe(200);
  });

  it("hides other users' submissions as 404 and lists only the caller's own", async () => {
    const { body } = await submit(alice, { mode: 'run' });
    const asBob = await call(t.url, 'GET', `/api/submissions/${body.id}`, { token: bob.token });
    expect(asBob.status).toBe(404);
    expect(asBob.body.code).toBe('submission_not_found');
    const events = await call(t.url, 'GET', `/api/submissions/${body.id}/events`, { token: bob.token });
    expect(events.status).toBe(404);
    const mine = await call(t.url, 'GET', '/api/submissions?problem=sum-two', { token: alice.token });
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items[0].id).toBe(body.id);
    expect(mine.body.items[0]).not.toHaveProperty('source');
    const bobs = await call(t.url, 'GET', '/api/submissions?problem=sum-two', { token: bob.token });
    expect(bobs.body.items).toEqual([]);
    const unknown = await call(t.url, 'GET', '/api/submissions?problem=no-such', { token: bob.token });
    expect(unknown.status).toBe(404);
    await judging.finish(body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
  });

  it('streams the current state first, then progress in order until the verdict', async () => {
    const { body } = await submit(alice, {});
    const id: string = body.id;
    await judging.markStatus(id, 'compiling');
    await judging.markStatus(id, 'running', 3);
    await judging.recordTestResult(id, result(0, false));
    // A late subscriber: it must first see "running 1/3", not queued or compiling (a candidate's
    // snapshot counts visible tests only: the full count would time the hidden tests).
    const stream = await openSse(`${t.url}/api/submissions/${id}/events`, alice.token);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const first = await stream.next();
    expect(first).toEqual({ event: 'running', data: { type: 'running', submissionId: id, done: 1, total: 3 } });
    await judging.recordTestResult(id, result(1, false));
    await judging.recordTestResult(id, result(2, true));
    await judging.finish(id, {
      verdict: 'accepted',
      cpuMs: 12,
      memoryKb: 1000,
      tests: [result(0, false), result(1, false), result(2, true)],
    });
    const rest = (await stream.collect()).filter((m) => m.event !== 'heartbeat');
    const events = rest.map((m) => m.data as SubmissionEvent);
    // The hidden test's progress is withheld from the candidate; its verdict comes with the GET.
    expect(events.map((e) => (e.type === 'running' ? `running ${e.done}/${e.total}` : e.type))).toEqual([
      'running 2/3',
      'verdict',
    ]);
    expect(JSON.stringify(events)).not.toContain('in-2');
    expect(events[1]).toMatchObject({ verdict: 'accepted', status: 'finished' });
    stream.close();
  });

  it('relays events published on the channel (as another replica or the worker would)', async () => {
    const { body } = await submit(alice, { mode: 'run' });
    const id: string = body.id;
    const stream = await openSse(`${t.url}/api/submissions/${id}/events`, alice.token);
    expect((await stream.next())?.data).toEqual({ type: 'status', submissionId: id, status: 'queued' });
    const bus = t.app.get(SubmissionEventsService);
    const published: SubmissionEvent[] = [
      { type: 'status', submissionId: id, status: 'compiling' },
      { type: 'running', submissionId: id, done: 0, total: 2 },
      { type: 'running', submissionId: id, done: 1, total: 2 },
      { type: 'running', submissionId: id, done: 2, total: 2 },
      // Figures already on a 1-2-5 step (1 ms, 2 MB): a candidate's rounding leaves them as they are.
      { type: 'verdict', submissionId: id, status: 'finished', verdict: 'accepted', cpuMs: 1, memoryKb: 2048 },
    ];
    for (const e of published) await bus.publish(e);
    const received = (await stream.collect()).filter((m) => m.event !== 'heartbeat').map((m) => m.data);
    expect(received).toEqual(published);
    await judging.finish(id, { verdict: 'accepted', cpuMs: 1, memoryKb: 2048, tests: [] });
  });

  it('ends at once for a finished submission', async () => {
    const { body } = await submit(alice, { mode: 'run' });
    await judging.finish(body.id, {
      verdict: 'compile_error',
      cpuMs: 0,
      memoryKb: 0,
      compileOutput: 'SyntaxError',
      tests: [],
    });
    const stream = await openSse(`${t.url}/api/submissions/${body.id}/events`, alice.token);
    const all = await stream.collect();
    expect(all.map((m) => m.data)).toEqual([
      {
        type: 'verdict',
        submissionId: body.id,
        status: 'finished',
        verdict: 'compile_error',
        cpuMs: 0,
        memoryKb: 0,
        compileOutput: 'SyntaxError',
      },
    ]);
  });

  it('offers every language on a function problem, and refuses an unknown one', async () => {
    const res = await call(t.url, 'POST', '/api/submissions', {
      token: bob.token,
      body: { problem: 'two-sum', language: 'rust', mode: 'run', source: 'fn main(){}' },
    });
    expect(res.status).toBe(202);
    const unknown = await call(t.url, 'POST', '/api/submissions', {
      token: bob.token,
      body: { problem: 'two-sum', language: 'cobol', mode: 'run', source: 'x' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('validation_failed');
  });

  it('caps queued submissions per user with 429 too_many_queued and Retry-After', async () => {
    const carol = await t.register();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await submit(carol, { mode: 'run' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(last?.body.code).toBe('too_many_queued');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('holds the queued cap under concurrent creations by one user', async () => {
    const ivan = await t.register();
    const all = await Promise.all(Array.from({ length: 10 }, () => submit(ivan, { mode: 'run' })));
    const statuses = all.map((r) => r.status).sort();
    // Exactly the cap: the user's lock serialises the count, so no creation is missed and none is over.
    expect(statuses).toEqual([202, 202, 202, ...Array<number>(7).fill(429)]);
    expect(all.filter((r) => r.status === 429).every((r) => r.body.code === 'too_many_queued')).toBe(true);
    const [{ count }] = await t.app
      .get(DataSource)
      .query<{ count: string }[]>('SELECT count(*) FROM submissions WHERE user_id = $1', [ivan.userId]);
    expect(Number(count)).toBe(3);
  });

  it('rate-limits creation per user with 429 rate_limited and Retry-After', async () => {
    const dave = await t.register();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 14; i++) {
      last = await call(t.url, 'POST', '/api/submissions', {
        token: dave.token,
        body: { problem: 'sum-two', language: 'python', mode: 'run', source: '' },
      });
      statuses.push(last.status);
    }
    // Rejected requests count too: the limit protects the API, not just the queue.
    expect(statuses.slice(0, 12).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(12)).toEqual([429, 429]);
    expect(last?.body.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another user is unaffected.
    const other = await submit(bob, { mode: 'run' });
    expect(other.status).toBe(202);
  });

  it('saves and reads drafts per problem and language', async () => {
    // No draft yet is normal (every language the candidate never touched): 200 with JSON null, no 404.
    const missing = await call(t.url, 'GET', '/api/problems/sum-two/drafts/python', { token: bob.token });
    expect(missing.status).toBe(200);
    expect(missing.headers.get('content-type')).toMatch(/application\/json/);
    expect(missing.body).toBeNull();
    const put = await call(t.url, 'PUT', '/api/problems/sum-two/drafts/python', {
      token: bob.token,
      body: { source: 'print(42)' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ problemSlug: 'sum-two', language: 'python', source: 'print(42)' });
    await call(t.url, 'PUT', '/api/problems/sum-two/drafts/python', {
      token: bob.token,
      body: { source: 'print(43)' },
    });
    const got = await call(t.url, 'GET', '/api/problems/sum-two/drafts/python', { token: bob.token });
    expect(got.body.source).toBe('print(43)');
    const aliceSees = await call(t.url, 'GET', '/api/problems/sum-two/drafts/python', { token: alice.token });
    expect(aliceSees.status).toBe(200);
    expect(aliceSees.body).toBeNull();
    const rustDraft = await call(t.url, 'PUT', '/api/problems/two-sum/drafts/rust', {
      token: bob.token,
      body: { source: 'x' },
    });
    expect(rustDraft.status).toBe(200);
  });

  it("reports the caller's progress", async () => {
    const erin = await t.register();
    const a = await submit(erin, {});
    await judging.finish(a.body.id, { verdict: 'wrong_answer', cpuMs: 1, memoryKb: 1, tests: [] });
    const b = await submit(erin, {});
    await judging.finish(b.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    const c = await submit(erin, { mode: 'run' });
    await judging.finish(c.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    const res = await call(t.url, 'GET', '/api/me/progress', { token: erin.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      solved: 1,
      attempted: 1,
      totalProblems: 2,
      solvedByDifficulty: { easy: 1, medium: 0, hard: 0 },
      currentStreak: 1,
      longestStreak: 1,
    });
    expect(res.body.problems).toEqual([
      expect.objectContaining({ slug: 'sum-two', attempts: 2, accepted: 1, acceptance: 0.5, solved: true }),
    ]);
  });

  it('counts "k of n" over the problems the catalog lists: an archived one leaves the total and the solved count', async () => {
    await t.importProblem(sampleStdioProblem({ slug: 'retired', name: 'Retired', number: 90 }));
    const ivan = await t.register();
    for (const problem of ['sum-two', 'retired']) {
      const { body } = await submit(ivan, { problem });
      await judging.finish(body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    }
    const before = await call(t.url, 'GET', '/api/me/progress', { token: ivan.token });
    expect(before.body).toMatchObject({ solved: 2, attempted: 2, totalProblems: 3 });
    await t.app.get(DataSource).query(`UPDATE problems SET archived_at = now() WHERE slug = 'retired'`);
    t.app.get(CatalogService).invalidate();
    const catalog = await call(t.url, 'GET', '/api/problems?pageSize=1');
    const after = await call(t.url, 'GET', '/api/me/progress', { token: ivan.token });
    // The profile's "of n" is the catalog's total, never every row of the problems table.
    expect(after.body.totalProblems).toBe(catalog.body.total);
    expect(after.body).toMatchObject({
      solved: 1,
      attempted: 1,
      totalProblems: 2,
      solvedByDifficulty: { easy: 1, medium: 0, hard: 0 },
    });
    // The history keeps the archived problem's submissions.
    expect(after.body.problems.map((p: { slug: string }) => p.slug).sort()).toEqual(['retired', 'sum-two']);
    const [{ count }] = await t.app.get(DataSource).query<{ count: string }[]>('SELECT count(*) FROM problems');
    expect(Number(count)).toBe(3);
  });

  it('ends open event streams on shutdown instead of hanging the close', async () => {
    const { body } = await submit(alice, { mode: 'run' });
    const stream = await openSse(`${t.url}/api/submissions/${body.id}/events`, alice.token);
    expect((await stream.next())?.event).toBe('status');
    const ended = stream.collect(20_000);
    await t.close(); // would wait for the open stream forever (test timeout) if it were not ended
    await expect(ended).resolves.toEqual([]);
  });
});
