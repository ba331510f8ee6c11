import type { QuizQuestionFile } from '@tryout/judge';
import { describe, expect, it } from 'vitest';
import { acceptedAnswer, answerProblem, correctChoices, isCorrect } from './quiz-grading.util';

const multiple: QuizQuestionFile = {
  id: 'm',
  kind: 'multiple',
  prompt: 'p',
  choices: [
    { text: 'GET', correct: true },
    { text: 'POST', correct: false },
    { text: 'PUT', correct: true },
  ],
  explanation: 'e',
};
const short = (accept: QuizQuestionFile['accept']): QuizQuestionFile => ({
  id: 's',
  kind: 'short',
  prompt: 'p',
  accept,
  explanation: 'e',
});

describe('answerProblem', () => {
  it('says what to send for the question kind', () => {
    expect(answerProblem(multiple, { text: 'GET' })).toMatch(/send \{ "choices": \[\.\.\.\] \} with ids from a, b, c/);
    expect(answerProblem(short({ exact: ['x'], caseSensitive: false }), { choices: ['a'] })).toMatch(/send \{ "text"/);
    expect(answerProblem(multiple, { choices: ['d'] })).toMatch(/ids of this question's choices: a, b, c/);
    expect(answerProblem(multiple, { choices: ['a', 'a'] })).toMatch(/twice/);
    expect(answerProblem(multiple, { choices: [] })).toMatch(/at least one/);
    expect(answerProblem({ ...multiple, kind: 'single' }, { choices: ['a', 'c'] })).toMatch(/exactly one/);
    expect(answerProblem(short({ exact: ['x'], caseSensitive: false }), { text: '  ' })).toMatch(/not be empty/);
    expect(answerProblem(multiple, { choices: ['c', 'a'] })).toBeNull();
  });
});

describe('isCorrect', () => {
  it('needs exactly the right set of choices, in any order', () => {
    expect(correctChoices(multiple)).toEqual(['a', 'c']);
    expect(isCorrect(multiple, { choices: ['c', 'a'] })).toBe(true);
    expect(isCorrect(multiple, { choices: ['a'] })).toBe(false);
    expect(isCorrect(multiple, { choices: ['a', 'b', 'c'] })).toBe(false);
  });
  it('compares exact answers without case or extra spaces unless told', () => {
    const q = short({ exact: ['429 Too Many Requests', '429'], caseSensitive: false });
    expect(isCorrect(q, { text: ' 429  too many   requests ' })).toBe(true);
    expect(isCorrect(q, { text: '430' })).toBe(false);
    expect(isCorrect(short({ exact: ['GET'], caseSensitive: true }), { text: 'get' })).toBe(false);
  });
  it('takes numbers within the tolerance, and only numbers', () => {
    const q = short({ numeric: 0.1, tolerance: 0.01 });
    expect(isCorrect(q, { text: '0.105' })).toBe(true);
    expect(isCorrect(q, { text: '.1' })).toBe(true);
    expect(isCorrect(q, { text: '0.2' })).toBe(false);
    expect(isCorrect(q, { text: '0x0' })).toBe(false);
    expect(isCorrect(short({ numeric: 201, tolerance: 0 }), { text: '201' })).toBe(true);
    expect(isCorrect(short({ numeric: 201, tolerance: 0 }), { text: 'Infinity' })).toBe(false);
  });
  it('takes a number followed by its unit or name, never by a second number', () => {
    const created = short({ numeric: 201, tolerance: 0 });
    expect(isCorrect(created, { text: '201 Created' })).toBe(true);
    expect(isCorrect(created, { text: '201 or 200' })).toBe(false);
    expect(isCorrect(created, { text: '200 OK' })).toBe(false);
    expect(isCorrect(created, { text: 'Created 201' })).toBe(false);
    expect(isCorrect(short({ numeric: 5, tolerance: 0 }), { text: '5 ms' })).toBe(true);
  });
  it('matches a pattern against the whole answer', () => {
    const q = short({ pattern: 'o\\(?log ?n\\)?', example: 'O(log n)' });
    expect(isCorrect(q, { text: 'O(log n)' })).toBe(true);
    expect(isCorrect(q, { text: 'O(n log n)' })).toBe(false);
  });
});

describe('acceptedAnswer', () => {
  it('shows an answer as a person would write it', () => {
    expect(acceptedAnswer(short({ exact: ['201', 'created'], caseSensitive: false }))).toBe('201');
    expect(acceptedAnswer(short({ numeric: 3.14, tolerance: 0.01 }))).toBe('3.14 (± 0.01)');
    expect(acceptedAnswer(short({ pattern: 'x+', example: 'xx' }))).toBe('xx');
    expect(acceptedAnswer(multiple)).toBeUndefined();
  });
});
