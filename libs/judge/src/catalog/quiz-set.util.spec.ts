import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QUIZ_TOPICS } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import { loadQuizSets, parseQuizSet } from './quiz-set.util';

const ok = `
title: T
topic: http
questions:
  - id: one
    kind: single
    prompt: P?
    choices:
      - text: A
        correct: true
      - text: B
    explanation: E.
`;

describe('parseQuizSet', () => {
  it('reads a set and defaults what may be left out', () => {
    const set = parseQuizSet('quizzes/t.yaml', 't', ok);
    expect(set).toMatchObject({
      slug: 't',
      topic: 'http',
      description: '',
      questions: [{ id: 'one', kind: 'single' }],
    });
    expect(set.questions[0].choices).toEqual([
      { text: 'A', correct: true },
      { text: 'B', correct: false },
    ]);
  });

  it.each([
    ['an unknown topic', ok.replace('topic: http', 'topic: cooking'), /topic must be one of http/],
    [
      'two right choices on a single question',
      ok.replace('- text: B', '- text: B\n        correct: true'),
      /exactly one correct choice \(has 2\)/,
    ],
    ['a short question with choices', ok.replace('kind: single', 'kind: short'), /short question has no choices/],
    ['an unknown key', ok.replace('title: T', 'title: T\nauthor: x'), /Unrecognized key/],
    [
      'a missing explanation',
      ok.replace('    explanation: E.\n', ''),
      /questions\.0\.explanation: explanation is required/,
    ],
    [
      'a pattern its example does not match',
      ok
        .replace(
          /choices:[\s\S]*?explanation/,
          'accept:\n      pattern: "20[01]"\n      example: "204"\n    explanation',
        )
        .replace('kind: single', 'kind: short'),
      /accept\.example must match accept\.pattern/,
    ],
  ])('refuses %s, naming the file and the place', (_what, source, message) => {
    expect(() => parseQuizSet('quizzes/t.yaml', 't', source)).toThrow(message);
    expect(() => parseQuizSet('quizzes/t.yaml', 't', source)).toThrow(/^quizzes\/t\.yaml: /);
  });

  it('refuses a question id used twice', () => {
    const twice = ok + ok.slice(ok.indexOf('  - id: one'));
    expect(() => parseQuizSet('quizzes/t.yaml', 't', twice.replace(/questions:\n/, 'questions:\n'))).toThrow(
      /used twice/,
    );
  });
});

describe('the catalog quiz sets', () => {
  it('all parse, number at least 15, cover every topic and hold at least 10 questions each', async () => {
    const root = resolve(__dirname, '../../../../problems');
    const sets = (await loadQuizSets(root)) ?? [];
    expect(sets.length).toBeGreaterThanOrEqual(15);
    for (const s of sets) {
      expect(readFileSync(join(root, s.file), 'utf8').length).toBeGreaterThan(0);
      expect(s.questions.length, s.file).toBeGreaterThanOrEqual(10);
    }
    const covered = new Set(sets.map((s) => s.topic));
    for (const topic of QUIZ_TOPICS) expect(covered.has(topic.id), `a set on ${topic.id}`).toBe(true);
  });
});
