/**
 * Quiz sets and open questions in interviews, against the real Postgres and Redis: the candidate
 * saves answers (graded on the server, keys and outcomes never sent to them), refused before Start
 * and at the deadline; interviewers watch them, the report shows them, and scorecards score each
 * open question. The interviews' Clock is pinned and moved by the tests.
 */
import { CLOCK, type Clock } from '@tryout/server-interviews';
import { QuizService } from '@tryout/server-quiz';
import type { QuizSetFile } from '@tryout/judge';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';

const QUIZ: QuizSetFile = {
  slug: 'http-basics',
  file: 'quizzes/http-basics.yaml',
  title: 'HTTP basics',
  topic: 'http',
  description: 'Methods and status codes',
  questions: [
    {
      id: 'safe',
      kind: 'single',
      prompt: 'Which method is safe?',
      choices: [
        { text: 'GET', correct: true },
        { text: 'POST', correct: false },
        { text: 'DELETE', correct: false },
      ],
      explanation: 'SECRET-EXPLANATION GET only reads.',
    },
    {
      id: 'idempotent',
      kind: 'multiple',
      prompt: 'Which methods are idempotent?',
      choices: [
        { text: 'PUT', correct: true },
        { text: 'POST', correct: false },
        { text: 'DELETE', correct: true },
      ],
      explanation: 'SECRET-EXPLANATION PUT and DELETE.',
    },
    {
      id: 'created',
      kind: 'short',
      prompt: 'The status code of a created resource?',
      accept: { exact: ['201'], caseSensitive: false },
      explanation: 'SECRET-EXPLANATION 201 Created.',
    },
  ],
};

const OPEN = {
  kind: 'open',
  format: 'design',
  title: 'Design a URL shortener',
  prompt: 'Sketch the **storage** and the redirect path.',
  rubric: 'SECRET-RUBRIC mentions hashing, collisions and caching',
};

describe('interview quiz and open parts', () => {
  let t: TestApp;
  let owner: TestUser;
  let co: TestUser;
  let stranger: TestUser;
  let candidate: TestUser;
  let clockAt = Date.now();

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100' } });
    await t.importProblem(sampleStdioProblem());
    await t.app.get(QuizService).replaceSets([QUIZ]);
    [owner, co, stranger, candidate] = await Promise.all([
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('candidate'),
    ]);
    vi.spyOn(t.app.get<Clock>(CLOCK), 'now').mockImplementation(() => new Date(clockAt));
  });
  afterAll(async () => {
    await t?.close();
  });

  async function session(parts: unknown[] = [{ kind: 'quiz', quiz: QUIZ.slug }, OPEN]) {
    const created = await call(t.url, 'POST', '/api/interviews', {
      token: owner.token,
      body: {
        title: 'Parts',
        problems: ['sum-two'],
        durationMinutes: 30,
        languages: ['python'],
        candidateName: 'Casey',
        candidateEmail: 'casey@example.com',
        coInterviewers: [co.email],
        parts,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const guest = (
      await call(t.url, 'POST', '/api/interview-invites/redeem', { body: { token: created.body.inviteToken } })
    ).body.accessToken as string;
    return { id: created.body.interview.id as string, guest, detail: created.body.interview };
  }
  const answer = (guest: string, position: number, question: string, body: unknown) =>
    call(t.url, 'PUT', `/api/interview/session/parts/${position}/questions/${question}/answer`, { token: guest, body });
  const saveOpen = (guest: string, position: number, text: string) =>
    call(t.url, 'PUT', `/api/interview/session/parts/${position}/answer`, { token: guest, body: { text } });
  const start = (guest: string) => call(t.url, 'POST', '/api/interview/session/start', { token: guest });

  it('lists the parts for interviewers; the candidate gets questions without keys, rubric or grades, only once started', async () => {
    const { guest, detail } = await session();
    expect(detail.parts).toEqual([
      { position: 1, kind: 'quiz', title: 'HTTP basics', quiz: { slug: 'http-basics', questionCount: 3 } },
      {
        position: 2,
        kind: 'open',
        title: OPEN.title,
        open: { format: 'design', prompt: OPEN.prompt, rubric: OPEN.rubric },
      },
    ]);

    const ready = await call(t.url, 'GET', '/api/interview/session', { token: guest });
    expect(ready.body).toMatchObject({ partCount: 2, parts: [] });
    const early = await answer(guest, 1, 'safe', { choices: ['a'] });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('session_not_started');
    expect((await saveOpen(guest, 2, 'x')).body.code).toBe('session_not_started');

    const started = await start(guest);
    expect(started.status).toBe(200);
    const parts = started.body.parts;
    expect(parts.map((p: { kind: string }) => p.kind)).toEqual(['quiz', 'open']);
    expect(parts[0].questions.map((q: { id: string }) => q.id)).toEqual(['safe', 'idempotent', 'created']);
    expect(parts[0].questions[0].choices.map((c: { id: string }) => c.id).sort()).toEqual(['a', 'b', 'c']);
    expect(parts[1].open).toEqual({ format: 'design', prompt: OPEN.prompt, saved: null });
    const text = JSON.stringify(started.body);
    expect(text).not.toMatch(/correct|SECRET-EXPLANATION|SECRET-RUBRIC|acceptedAnswer|accept"|rubric/);
  });

  it('saves and grades quiz answers out of the candidate’s sight; interviewers see answers, right or not, and the score live', async () => {
    const { id, guest } = await session();
    await start(guest);
    for (const [q, body] of [
      ['safe', { choices: ['a'] }],
      ['idempotent', { choices: ['a', 'b'] }],
      ['created', { text: ' 201 ' }],
    ] as const) {
      const res = await answer(guest, 1, q, body);
      expect(res.status, JSON.stringify(res.body)).toBe(204);
      expect(res.body ?? '').toBe('');
    }
    // Answering again replaces the answer (and its grade).
    expect((await answer(guest, 1, 'idempotent', { choices: ['c', 'a'] })).status).toBe(204);

    // Bad answers name what to send; unknown questions and parts are 404s.
    const wrongShape = await answer(guest, 1, 'safe', { text: 'GET' });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.code).toBe('quiz_answer_invalid');
    expect((await answer(guest, 1, 'safe', { choices: ['a', 'b'] })).body.message).toMatch(/exactly one/);
    expect((await answer(guest, 1, 'nope', { choices: ['a'] })).body.code).toBe('quiz_question_not_found');
    const noPart = await answer(guest, 7, 'safe', { choices: ['a'] });
    expect(noPart.status).toBe(404);
    expect(noPart.body.code).toBe('interview_part_not_found');
    expect((await answer(guest, 2, 'safe', { choices: ['a'] })).body.code).toBe('interview_part_not_found');
    expect((await saveOpen(guest, 1, 'not a quiz')).body.code).toBe('interview_part_not_found');

    // The candidate's page shows what they saved, never whether it was right.
    const mine = await call(t.url, 'GET', '/api/interview/session', { token: guest });
    expect(mine.body.parts[0].questions.map((q: { saved: unknown }) => q.saved)).toEqual([
      { choices: ['a'] },
      { choices: ['a', 'c'] },
      { text: '201' },
    ]);
    expect(JSON.stringify(mine.body)).not.toMatch(/correct|SECRET/);

    const live = await call(t.url, 'GET', `/api/interviews/${id}/parts`, { token: co.token });
    expect(live.status).toBe(200);
    expect(live.body[0]).toMatchObject({ kind: 'quiz', answered: 3, score: 3 });
    expect(live.body[0].questions[1]).toMatchObject({
      id: 'idempotent',
      given: { choices: ['a', 'c'] },
      correct: true,
      correctChoices: ['a', 'c'],
    });
    expect(live.body[0].questions[2]).toMatchObject({ given: { text: '201' }, correct: true, acceptedAnswer: '201' });
    expect((await answer(guest, 1, 'created', { text: '200' })).status).toBe(204);
    const later = await call(t.url, 'GET', `/api/interviews/${id}/parts`, { token: owner.token });
    expect(later.body[0]).toMatchObject({ answered: 3, score: 2 });
    expect(later.body[0].questions[2]).toMatchObject({ given: { text: '200' }, correct: false });
    expect(later.body[1]).toMatchObject({ kind: 'open', answer: null, open: { rubric: OPEN.rubric } });
  });

  it('keeps a copy of the quiz: a catalog import during the interview changes no key', async () => {
    const { id, guest } = await session([{ kind: 'quiz', quiz: QUIZ.slug }]);
    await start(guest);
    const flipped = {
      ...QUIZ,
      questions: QUIZ.questions.map((q) =>
        q.id === 'safe' ? { ...q, choices: q.choices!.map((c) => ({ ...c, correct: !c.correct })) } : q,
      ),
    };
    await t.app.get(QuizService).replaceSets([flipped]);
    try {
      expect((await answer(guest, 1, 'safe', { choices: ['a'] })).status).toBe(204);
      const live = await call(t.url, 'GET', `/api/interviews/${id}/parts`, { token: owner.token });
      expect(live.body[0].questions[0]).toMatchObject({ correct: true, correctChoices: ['a'] });
    } finally {
      await t.app.get(QuizService).replaceSets([QUIZ]);
    }
  });

  it('autosaves open answers; at the deadline what was saved is final and the report shows it all', async () => {
    const { id, guest } = await session();
    const started = await start(guest);
    const deadline = new Date(started.body.deadlineAt as string).getTime();
    expect((await saveOpen(guest, 2, 'First draft')).status).toBe(204);
    expect((await saveOpen(guest, 2, '## Storage\n\nA table `links(code, url)`.')).status).toBe(204);
    const tooBig = await saveOpen(guest, 2, 'x'.repeat(64 * 1024 + 1));
    expect(tooBig.status).toBe(400);
    expect((await answer(guest, 1, 'safe', { choices: ['b'] })).status).toBe(204);
    const back = await call(t.url, 'GET', '/api/interview/session', { token: guest });
    expect(back.body.parts[1].open.saved.text).toBe('## Storage\n\nA table `links(code, url)`.');

    clockAt = deadline; // exactly at the deadline: refused
    try {
      const late = await saveOpen(guest, 2, 'After the bell');
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('session_over');
      const lateQuiz = await answer(guest, 1, 'safe', { choices: ['a'] });
      expect(lateQuiz.status).toBe(409);
      expect(lateQuiz.body.code).toBe('session_over');

      const report = await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: owner.token });
      expect(report.status).toBe(200);
      expect(report.body.clock.status).toBe('ended');
      const [quiz, open] = report.body.parts;
      expect(quiz).toMatchObject({ kind: 'quiz', title: 'HTTP basics', answered: 1, score: 0 });
      expect(quiz.questions[0]).toMatchObject({ id: 'safe', given: { choices: ['b'] }, correct: false });
      expect(quiz.questions[1]).toMatchObject({ given: null, correct: null });
      expect(open).toMatchObject({
        kind: 'open',
        title: OPEN.title,
        open: { rubric: OPEN.rubric },
        answer: { text: '## Storage\n\nA table `links(code, url)`.' },
      });

      // The shared report (hiring team) has them too.
      const share = await call(t.url, 'POST', `/api/interviews/${id}/share`, { token: owner.token, body: {} });
      const shared = await call(t.url, 'GET', `/api/interview-reports/${share.body.shareToken}`);
      expect(shared.body.parts[1].answer.text).toContain('links(code, url)');
    } finally {
      clockAt = Date.now();
    }
  });

  it('scores each open question 1–4 on the scorecard; the report shows the scores', async () => {
    const { id, guest } = await session([OPEN, { kind: 'quiz', quiz: QUIZ.slug }, { ...OPEN, title: 'Explain CAP' }]);
    await start(guest);
    const templates = await call(t.url, 'GET', '/api/scorecard-templates', { token: owner.token });
    const coding = templates.body.find((x: { name: string }) => x.name === 'Coding interview');
    await call(t.url, 'PUT', `/api/interviews/${id}/scorecard-template`, {
      token: owner.token,
      body: { templateId: coding.id },
    });
    const scores = coding.criteria.map(() => ({ score: 3, comment: '' }));
    const submit = (body: unknown) =>
      call(t.url, 'POST', `/api/interviews/${id}/scorecards/mine/submit`, { token: owner.token, body });

    const missing = await submit({ scores, recommendation: 'yes' });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('scorecard_incomplete');
    expect(missing.body.message).toMatch(/Design a URL shortener, Explain CAP/);
    const wrongCount = await submit({ scores, recommendation: 'yes', openScores: [{ score: 4, comment: '' }] });
    expect(wrongCount.status).toBe(400);
    expect(wrongCount.body.code).toBe('validation_failed');
    const outOfScale = await submit({
      scores,
      recommendation: 'yes',
      openScores: [
        { score: 5, comment: '' },
        { score: 2, comment: '' },
      ],
    });
    expect(outOfScale.status).toBe(400);

    // A draft may leave them open.
    const draft = await call(t.url, 'PUT', `/api/interviews/${id}/scorecards/mine`, {
      token: owner.token,
      body: {
        scores,
        recommendation: null,
        openScores: [
          { score: 4, comment: 'hashing' },
          { score: null, comment: '' },
        ],
      },
    });
    expect(draft.status).toBe(200);
    expect(draft.body.mine.openScores).toEqual([
      { score: 4, comment: 'hashing' },
      { score: null, comment: '' },
    ]);
    const done = await submit({
      scores,
      recommendation: 'yes',
      openScores: [
        { score: 4, comment: 'Covered hashing and caching' },
        { score: 2, comment: '' },
      ],
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    const report = await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: owner.token });
    expect(report.body.scorecards[0].openQuestions).toEqual([
      { position: 1, title: 'Design a URL shortener', score: 4, comment: 'Covered hashing and caching' },
      { position: 3, title: 'Explain CAP', score: 2, comment: '' },
    ]);
  });

  it('keeps candidates, other sessions’ guests and strangers out', async () => {
    const a = await session();
    const b = await session();
    await start(a.guest);
    await start(b.guest);
    for (const [token, status] of [
      [candidate.token, 403],
      [a.guest, 403],
      [stranger.token, 404],
    ] as const) {
      expect((await call(t.url, 'GET', `/api/interviews/${b.id}/parts`, { token })).status).toBe(status);
    }
    expect((await call(t.url, 'GET', `/api/interviews/${b.id}/parts`)).status).toBe(401);
    // A's token writes into A only: the session comes from the token.
    expect((await saveOpen(a.guest, 2, 'mine')).status).toBe(204);
    const bParts = await call(t.url, 'GET', `/api/interviews/${b.id}/parts`, { token: owner.token });
    expect(bParts.body[1].answer).toBeNull();
    // Accounts (even the interviewer's) cannot use the candidate routes.
    expect((await saveOpen(owner.token, 2, 'x')).status).toBe(403);
    expect((await answer(candidate.token, 1, 'safe', { choices: ['a'] })).status).toBe(403);
  });

  it('checks parts when a session or a template is made; a template carries them into its sessions', async () => {
    const bad = async (parts: unknown[]) => {
      const res = await call(t.url, 'POST', '/api/interviews', {
        token: owner.token,
        body: {
          title: 'Bad',
          problems: ['sum-two'],
          durationMinutes: 30,
          languages: ['python'],
          candidateName: 'C',
          candidateEmail: 'c@example.com',
          parts,
        },
      });
      return res;
    };
    expect((await bad([{ kind: 'quiz', quiz: 'no-such-quiz' }])).body.code).toBe('quiz_not_found');
    const noPrompt = await bad([{ kind: 'open', title: 'Q', prompt: '  ' }]);
    expect(noPrompt.status).toBe(400);
    expect(noPrompt.body.message).toMatch(/part 1: an open question needs a prompt/);
    expect((await bad([{ kind: 'essay' }])).status).toBe(400);
    const twice = await bad([
      { kind: 'quiz', quiz: QUIZ.slug },
      { kind: 'quiz', quiz: QUIZ.slug },
    ]);
    expect(twice.body.message).toMatch(/already in this interview/);
    expect((await bad(Array.from({ length: 7 }, (_, i) => ({ ...OPEN, title: `Q${i}` })))).status).toBe(400);

    const template = await call(t.url, 'POST', '/api/interview-templates', {
      token: owner.token,
      body: {
        name: 'Backend loop',
        problems: ['sum-two'],
        durationMinutes: 45,
        languages: ['python'],
        parts: [{ kind: 'quiz', quiz: QUIZ.slug }, OPEN],
      },
    });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    expect(template.body.parts.map((p: { kind: string; title: string }) => `${p.kind}:${p.title}`)).toEqual([
      'quiz:HTTP basics',
      `open:${OPEN.title}`,
    ]);
    expect(template.body.parts[1].open.rubric).toBe(OPEN.rubric);
    const made = await call(t.url, 'POST', `/api/interview-templates/${template.body.id}/interviews`, {
      token: owner.token,
      body: { candidateName: 'Tess', candidateEmail: 'tess@example.com' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.interview.parts).toEqual(template.body.parts);
    const badTemplate = await call(t.url, 'POST', '/api/interview-templates', {
      token: owner.token,
      body: {
        name: 'Bad',
        problems: ['sum-two'],
        durationMinutes: 45,
        languages: ['python'],
        parts: [{ kind: 'quiz', quiz: 'missing-quiz' }],
      },
    });
    expect(badTemplate.body.code).toBe('quiz_not_found');
  });
});
