import type { QuizQuestionFile } from '@tryout/judge';
import { describe, expect, it } from 'vitest';
import type { InterviewQuizAnswerEntity } from './interview-quiz-answer.entity';
import type { InterviewSessionPartEntity } from './interview-session-part.entity';
import { candidatePartDto, partResultDto, planParts } from './interview-parts.util';

const questions: QuizQuestionFile[] = [
  {
    id: 'one',
    kind: 'single',
    prompt: 'Pick',
    choices: [
      { text: 'right', correct: true },
      { text: 'wrong', correct: false },
    ],
    explanation: 'because',
  },
  { id: 'two', kind: 'short', prompt: 'Type', accept: { exact: ['201'], caseSensitive: false }, explanation: 'why' },
];

const base = {
  sessionId: 's',
  format: null,
  prompt: '',
  rubric: '',
  quizSlug: null,
  quizQuestions: null,
  answerText: null,
  answerSavedAt: null,
};
const quiz: InterviewSessionPartEntity = {
  ...base,
  position: 1,
  kind: 'quiz',
  title: 'Quiz',
  quizSlug: 'q',
  quizQuestions: questions,
};
const open: InterviewSessionPartEntity = {
  ...base,
  position: 2,
  kind: 'open',
  title: 'Design',
  format: 'design',
  prompt: 'Sketch it',
  rubric: 'RUBRIC',
  answerText: 'my answer',
  answerSavedAt: new Date('2026-01-01T00:00:00Z'),
};
const answers: InterviewQuizAnswerEntity[] = [
  {
    sessionId: 's',
    position: 1,
    questionId: 'one',
    given: { choices: ['b'] },
    correct: false,
    answeredAt: new Date(0),
  },
];

describe('planParts', () => {
  it('trims and checks what the shape cannot say', () => {
    expect(planParts(undefined)).toEqual({ plans: [] });
    expect(
      planParts([
        { kind: 'quiz', quiz: ' http ' },
        { kind: 'open', title: ' T ', prompt: ' P ' },
      ]),
    ).toEqual({
      plans: [
        { kind: 'quiz', quiz: 'http' },
        { kind: 'open', format: 'text', title: 'T', prompt: 'P', rubric: '' },
      ],
    });
    expect(planParts([{ kind: 'quiz', quiz: 'Bad Slug' }])).toEqual({
      error: "part 1: quiz must be a quiz set's slug",
    });
    expect(
      planParts([
        { kind: 'quiz', quiz: 'a' },
        { kind: 'quiz', quiz: 'a' },
      ]),
    ).toEqual({
      error: 'part 2: the quiz set a is already in this interview',
    });
    expect(planParts([{ kind: 'open', title: 'T', prompt: ' ' }])).toEqual({
      error: 'part 1: an open question needs a prompt',
    });
    expect(planParts([{ kind: 'open', title: '', prompt: 'P' }])).toEqual({
      error: 'part 1: an open question needs a title',
    });
    expect(
      'error' in planParts(Array.from({ length: 7 }, () => ({ kind: 'open' as const, title: 'T', prompt: 'P' }))),
    ).toBe(true);
  });
});

describe('candidatePartDto', () => {
  it('gives the questions and the saved answers, never a key, an explanation, a grade or the rubric', () => {
    const q = candidatePartDto(quiz, answers);
    expect(q.questions?.map((x) => x.saved)).toEqual([{ choices: ['b'] }, null]);
    const o = candidatePartDto(open, []);
    expect(o.open).toEqual({
      format: 'design',
      prompt: 'Sketch it',
      saved: { text: 'my answer', savedAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(JSON.stringify([q, o])).not.toMatch(/correct|because|why|accept|RUBRIC|rubric/);
  });
});

describe('partResultDto', () => {
  it('grades for interviewers: each answer right or not, the key, the score; the open answer with its rubric', () => {
    const q = partResultDto(quiz, answers);
    expect(q).toMatchObject({ answered: 1, score: 0 });
    expect(q.questions?.[0]).toMatchObject({ given: { choices: ['b'] }, correct: false, correctChoices: ['a'] });
    expect(q.questions?.[1]).toMatchObject({ given: null, correct: null, acceptedAnswer: '201', answeredAt: null });
    expect(partResultDto(open, [])).toMatchObject({
      open: { format: 'design', prompt: 'Sketch it', rubric: 'RUBRIC' },
      answer: { text: 'my answer' },
    });
  });
});
