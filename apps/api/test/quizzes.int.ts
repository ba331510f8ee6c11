/**
 * Quiz sets through the API: keys and explanations stay on the server until a question is
 * answered; grading, retakes, per-topic progress and re-imports that change a question.
 */
import { resolve } from 'node:path';
import { loadQuizSets, type QuizSetFile } from '@tryout/judge';
import { QuizService } from '@tryout/server-quiz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';

const SET: QuizSetFile = {
  slug: 'http-basics',
  file: 'quizzes/http-basics.yaml',
  title: 'HTTP basics',
  topic: 'http',
  description: 'Methods and codes.',
  questions: [
    {
      id: 'idempotent',
      kind: 'multiple',
      prompt: 'Which are idempotent?',
      choices: [
        { text: 'GET', correct: true },
        { text: 'POST', correct: false },
        { text: 'PUT', correct: true },
      ],
      explanation: 'GET and PUT.',
    },
    {
      id: 'created',
      kind: 'short',
      prompt: 'Status for a created resource?',
      accept: { numeric: 201, tolerance: 0 },
      explanation: '201 Created.',
    },
    {
      id: 'forbidden',
      kind: 'single',
      prompt: 'Known user, no access?',
      choices: [
        { text: '401', correct: false },
        { text: '403', correct: true },
      ],
      explanation: '403 Forbidden.',
    },
  ],
};

describe('quizzes', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(QuizService).replaceSets([SET]);
    [alice, bob] = await Promise.all([t.register('candidate'), t.register('candidate')]);
  });
  afterAll(() => t?.close());

  it('lists sets and shows questions without keys or explanations before answering', async () => {
    const list = await call(t.url, 'GET', '/api/quizzes');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({ slug: 'http-basics', topic: 'http', questionCount: 3, answered: 0, correct: 0 }),
    ]);
    const set = await call(t.url, 'GET', '/api/quizzes/http-basics', { token: alice.token });
    expect(set.status).toBe(200);
    const text = JSON.stringify(set.body);
    expect(text).not.toMatch(/correct"\s*:\s*true|explanation|accept|201/);
    // Choices come in a fixed per-question order, not the file's; ids stay the file's.
    const { choices, ...question } = set.body.questions[0];
    expect(question).toEqual({ id: 'idempotent', kind: 'multiple', prompt: 'Which are idempotent?' });
    expect([...choices].sort((x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', text: 'GET' },
      { id: 'b', text: 'POST' },
      { id: 'c', text: 'PUT' },
    ]);
    expect(set.body.questions[1]).not.toHaveProperty('choices');
  });

  it('grades an answer, reveals the key and explanation, and remembers it for that user only', async () => {
    const wrong = await call(t.url, 'POST', '/api/quizzes/http-basics/questions/idempotent/answer', {
      token: alice.token,
      body: { choices: ['a'] },
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({ correct: false, correctChoices: ['a', 'c'], explanation: 'GET and PUT.' });
    const right = await call(t.url, 'POST', '/api/quizzes/http-basics/questions/created/answer', {
      token: alice.token,
      body: { text: ' 201 ' },
    });
    expect(right.body).toMatchObject({ correct: true, acceptedAnswer: '201', given: { text: '201' } });
    // Answering again replaces the earlier answer.
    const again = await call(t.url, 'POST', '/api/quizzes/http-basics/questions/idempotent/answer', {
      token: alice.token,
      body: { choices: ['c', 'a'] },
    });
    expect(again.body).toMatchObject({ correct: true, given: { choices: ['a', 'c'] } });

    const mine = await call(t.url, 'GET', '/api/quizzes/http-basics', { token: alice.token });
    expect(mine.body).toMatchObject({ answered: 2, correct: 2 });
    expect(mine.body.questions[0].result).toMatchObject({ correct: true, explanation: 'GET and PUT.' });
    expect(mine.body.questions[2]).not.toHaveProperty('result');
    const theirs = await call(t.url, 'GET', '/api/quizzes/http-basics', { token: bob.token });
    expect(theirs.body).toMatchObject({ answered: 0 });
    expect(JSON.stringify(theirs.body)).not.toMatch(/explanation/);
    const anonymous = await call(t.url, 'GET', '/api/quizzes/http-basics');
    expect(JSON.stringify(anonymous.body)).not.toMatch(/explanation/);
  });

  it('refuses answers that do not fit the question, saying what to send', async () => {
    const cases: [string, unknown, string, RegExp][] = [
      ['created', { choices: ['a'] }, 'quiz_answer_invalid', /send \{ "text"/],
      ['idempotent', { text: 'GET' }, 'quiz_answer_invalid', /ids from a, b, c/],
      ['idempotent', { choices: ['z'] }, 'quiz_answer_invalid', /a, b, c/],
      ['forbidden', { choices: ['a', 'b'] }, 'quiz_answer_invalid', /exactly one/],
      ['created', { text: 'x'.repeat(201) }, 'validation_failed', /text/],
      ['nope', { text: '1' }, 'quiz_question_not_found', /no question nope/],
    ];
    for (const [question, body, code, message] of cases) {
      const res = await call(t.url, 'POST', `/api/quizzes/http-basics/questions/${question}/answer`, {
        token: bob.token,
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(code === 'quiz_question_not_found' ? 404 : 400);
      expect(res.body.code).toBe(code);
      // validation_failed names the field in its details; the others say it in the message.
      expect(code === 'validation_failed' ? JSON.stringify(res.body.details) : res.body.message).toMatch(message);
    }
    const missing = await call(t.url, 'GET', '/api/quizzes/no-such-set');
    expect(missing).toMatchObject({ status: 404, body: { code: 'quiz_not_found' } });
    const unauth = await call(t.url, 'POST', '/api/quizzes/http-basics/questions/created/answer', {
      body: { text: '201' },
    });
    expect(unauth.status).toBe(401);
  });

  it('reports progress per topic, every topic listed', async () => {
    const res = await call(t.url, 'GET', '/api/me/quiz-progress', { token: alice.token });
    expect(res.status).toBe(200);
    expect(res.body.map((p: { topic: string }) => p.topic)).toEqual([
      'http',
      'api-design',
      'databases',
      'caching',
      'security',
      'scaling',
      'operations',
    ]);
    expect(res.body[0]).toEqual({
      topic: 'http',
      label: 'HTTP and REST',
      sets: 1,
      questions: 3,
      answered: 2,
      correct: 2,
    });
    expect(res.body[1]).toMatchObject({ sets: 0, answered: 0 });
  });

  it('a retake forgets the answers; a re-import clears answers to changed questions only', async () => {
    await call(t.url, 'POST', '/api/quizzes/http-basics/questions/forbidden/answer', {
      token: bob.token,
      body: { choices: ['b'] },
    });
    await call(t.url, 'POST', '/api/quizzes/http-basics/questions/created/answer', {
      token: bob.token,
      body: { text: '201' },
    });
    const changed: QuizSetFile = {
      ...SET,
      questions: SET.questions.map((q) => (q.id === 'created' ? { ...q, accept: { numeric: 202, tolerance: 0 } } : q)),
    };
    const r = await t.app.get(QuizService).replaceSets([changed]);
    expect(r).toEqual({ sets: 1, removed: 0, answersCleared: 2 });
    const bobs = await call(t.url, 'GET', '/api/quizzes/http-basics', { token: bob.token });
    expect(bobs.body).toMatchObject({ answered: 1, correct: 1 });
    const reset = await call(t.url, 'DELETE', '/api/quizzes/http-basics/answers', { token: bob.token });
    expect(reset.status).toBe(204);
    expect((await call(t.url, 'GET', '/api/quizzes/http-basics', { token: bob.token })).body).toMatchObject({
      answered: 0,
    });
    // Alice's answer to the unchanged question survives.
    expect((await call(t.url, 'GET', '/api/quizzes/http-basics', { token: alice.token })).body).toMatchObject({
      answered: 1,
    });
  });

  it('imports every quiz set of the catalog', async () => {
    const sets = (await loadQuizSets(resolve(__dirname, '../../../problems'))) ?? [];
    const r = await t.app.get(QuizService).replaceSets(sets);
    expect(r.sets).toBe(sets.length);
    expect(r.removed).toBe(sets.some((s) => s.slug === 'http-basics') ? 0 : 1);
    const list = await call(t.url, 'GET', '/api/quizzes');
    expect(list.body).toHaveLength(sets.length);
  });
});
