/**
 * Quiz sets and open questions in an interview, in two Chromium contexts against the real stack:
 * the interviewer adds a quiz set and an open question (with a rubric) on New interview; the
 * candidate answers the quiz (no outcome shown) and writes the open answer (autosaved); the
 * interviewer sees the answers live, scores the open question on the scorecard, and the report
 * shows each question, the answer, right or not, the score, the open answer with its rubric and
 * the open question's score.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';
import {
  expectAccessible,
  createInterviewer,
  ensureWebBuild,
  launchChromium,
  openParticipant,
  reportFailure,
  ROOT,
  screenshot,
} from './support';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });

/** Two Sum and one quiz set (HTTP methods), copied from the catalog. */
const CATALOG = 'tmp/e2e-interview-parts-catalog';

describe('quiz and open parts in an interview', () => {
  let stack: Stack;
  let browser: Browser;
  let interviewer: Page;
  let candidate: Page;
  let sessionUrl = '';
  let inviteLink = '';
  const foreign: string[][] = [];
  const pageErrors: string[] = [];
  const account = { email: `parts-${Date.now()}@tryout.test`, password: 'interviewer-password-e2e' };

  beforeAll(async () => {
    const dir = join(ROOT, CATALOG);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'quizzes'), { recursive: true });
    cpSync(join(ROOT, 'problems', 'two-sum'), join(dir, 'two-sum'), { recursive: true });
    cpSync(join(ROOT, 'problems', 'quizzes', 'http-semantics.yaml'), join(dir, 'quizzes', 'http-semantics.yaml'));
    await ensureWebBuild();
    stack = await startStack({ problems: [dir] });
    await createInterviewer(stack, account);
    browser = await launchChromium();
    interviewer = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1280, height: 1000 }, bypassCSP: true },
      foreign,
      pageErrors,
    );
    candidate = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1440, height: 900 }, bypassCSP: true },
      foreign,
      pageErrors,
    );
  }, 600_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail')
      await reportFailure('interview-parts', { interviewer, candidate }, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(join(ROOT, CATALOG), { recursive: true, force: true });
  });

  it('the interviewer adds a quiz set and an open question with a rubric', async () => {
    await interviewer.goto(`${stack.url}/login`);
    await interviewer.getByLabel('Email').fill(account.email);
    await interviewer.getByLabel('Password').fill(account.password);
    await interviewer.getByRole('button', { name: 'Log in' }).click();
    await interviewer.getByTestId('user-menu').waitFor();
    await interviewer.goto(`${stack.url}/interviews/new`);
    await interviewer.getByLabel('Title').fill('Backend loop');
    await interviewer.getByTestId('problem-picker').click();
    await interviewer.getByRole('option', { name: 'Two Sum (easy)' }).click();
    await interviewer.keyboard.press('Escape');

    await interviewer.getByTestId('quiz-picker').click();
    await interviewer.getByRole('option', { name: /HTTP methods, status codes and idempotency/ }).click();
    await interviewer.getByRole('button', { name: 'Add quiz' }).click();
    await interviewer.getByRole('button', { name: 'Add open question' }).click();
    const open = interviewer.getByTestId('part-editor-2');
    await open.getByText('Design prompt').click();
    await open.getByLabel('Title').fill('Design a rate limiter');
    await open.getByLabel('Prompt (Markdown)').fill('Sketch a **rate limiter** for the public API.');
    await open.getByLabel('Rubric (Markdown, optional)').fill('Mentions token buckets and where counters live');
    await expectAccessible(interviewer);

    await interviewer.getByLabel('Duration (minutes)').fill('30');
    await interviewer.getByLabel('Candidate name').fill('Casey');
    await interviewer.getByLabel('Candidate e-mail').fill('casey@example.com');
    await interviewer.getByRole('button', { name: 'Create interview' }).click();
    await interviewer.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    sessionUrl = interviewer.url();
    inviteLink = (await interviewer.getByTestId('invite-link').textContent()) ?? '';
    expect(inviteLink).toMatch(/\/interview\/join#/);
    await interviewer.getByTestId('live-parts').waitFor();
  });

  it('the candidate answers the quiz (no outcome shown) and writes the open answer, autosaved', async () => {
    await candidate.goto(inviteLink);
    await candidate.getByRole('heading', { name: 'Before you start' }).waitFor();
    expect(await candidate.getByText(/1 problem and 2 question parts/).count()).toBe(1);
    await candidate.getByTestId('start-interview').click();
    await candidate.locator('[data-testid="code-editor"] .cm-content').waitFor();

    await candidate.getByTestId('part-tab-1').click();
    const quiz = candidate.getByTestId('candidate-part-1');
    await quiz.getByRole('heading', { name: 'HTTP methods, status codes and idempotency' }).waitFor();
    // Multiple choice: GET, PUT, DELETE are right; the candidate picks GET and POST (wrong).
    const multiple = quiz.getByTestId('interview-question-idempotent-methods');
    await multiple.getByText('GET', { exact: true }).click();
    await poll(() => multiple.getByTestId('question-save-idempotent-methods').textContent()).toMatch(/^Saved/);
    await multiple.getByText('POST', { exact: true }).click();
    await poll(() => multiple.getByTestId('question-save-idempotent-methods').textContent()).toMatch(/^Saved/);
    // Short answer (right), then single choice (right).
    const short = quiz.getByTestId('interview-question-created-status');
    await short.getByPlaceholder('Your answer').fill('201');
    await poll(() => short.getByTestId('question-save-created-status').textContent()).toMatch(/^Saved/);
    const single = quiz.getByTestId('interview-question-safe-vs-idempotent');
    await single.getByText(/Safe methods do not change server state/).click();
    await poll(() => single.getByTestId('question-save-safe-vs-idempotent').textContent()).toMatch(/^Saved/);
    // No outcome, no key, no explanation during the interview.
    const text = (await quiz.textContent()) ?? '';
    expect(text).not.toMatch(/Not quite|An accepted answer|Answer again|Location. header/);
    expect(await quiz.getByText('Right', { exact: true }).count()).toBe(0);
    await expectAccessible(candidate);
    await screenshot(candidate, 'interview-quiz-part');

    await candidate.getByTestId('part-tab-2').click();
    const part = candidate.getByTestId('candidate-part-2');
    await part.getByRole('heading', { name: 'Design a rate limiter' }).waitFor();
    expect(await part.locator('strong').first().textContent()).toBe('rate limiter');
    // The rubric is for interviewers only.
    expect(await candidate.getByText('token buckets and where counters live').count()).toBe(0);
    await part.getByTestId('open-answer-2').fill('## Token bucket\n\nOne bucket per API key, counters in Redis.');
    await poll(() => part.getByTestId('open-save-2').textContent()).toMatch(/^Saved/);

    // A reload finds the answers where they were.
    await candidate.reload();
    await candidate.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await candidate.getByTestId('part-tab-2').click();
    await poll(() => candidate.getByTestId('open-answer-2').inputValue()).toContain('counters in Redis');
    // Many small steps, each waiting for the server: on a loaded machine this outlasts the default.
  }, 360_000);

  it('the interviewer sees the answers live, then scores the open question on the scorecard', async () => {
    await interviewer.goto(sessionUrl);
    const live = interviewer.getByTestId('live-parts');
    await poll(() => live.getByTestId('part-score-1').textContent()).toBe('2/10 right');
    expect(await live.getByTestId('part-question-idempotent-methods').textContent()).toContain('Wrong');
    expect(await live.getByTestId('part-answer-2').textContent()).toContain('counters in Redis');
    expect(await live.getByTestId('part-rubric-2').textContent()).toContain('token buckets');

    await interviewer.getByTestId('end-interview').click();
    // Ending asks first (a Mantine modal).
    await interviewer.getByTestId('end-interview-confirm').click();
    await poll(() => interviewer.getByTestId('interview-status').textContent()).toBe('ended');

    const panel = interviewer.getByTestId('scorecard-panel');
    await panel.getByLabel('Scorecard template').click();
    await interviewer.getByRole('option', { name: 'Coding interview' }).click();
    const rows = panel.getByTestId('scorecard-criterion');
    await poll(() => rows.count()).toBe(5);
    for (let i = 0; i < 4; i++) await rows.nth(i).getByText('3 Good').click();
    expect(await rows.nth(4).textContent()).toContain('Open question: Design a rate limiter');
    await rows.nth(4).getByText('4 Excellent').click();
    await rows.nth(4).getByLabel('Open question: Design a rate limiter comment').fill('Token bucket, Redis counters');
    await panel.getByText('Yes', { exact: true }).click();
    await panel.getByRole('button', { name: 'Submit scorecard' }).click();
    await panel.getByTestId('scorecard-view').waitFor();
  }, 360_000);

  it('the report shows each question, the answer, right or not, the score, the open answer, its rubric and score', async () => {
    await interviewer.goto(`${sessionUrl}/report`);
    const report = interviewer.getByTestId('interview-report');
    await report.waitFor();
    const parts = report.getByTestId('report-parts');
    expect(await parts.getByTestId('part-score-1').textContent()).toBe('2/10 right');
    const created = parts.getByTestId('part-question-created-status');
    expect(await created.textContent()).toContain('201');
    expect(await created.textContent()).toContain('Right');
    expect(await parts.getByTestId('part-question-idempotent-methods').textContent()).toContain('Wrong');
    expect(await parts.getByTestId('part-question-conflict-status').textContent()).toContain('Not answered');
    expect(await parts.getByTestId('part-answer-2').textContent()).toContain('One bucket per API key');
    expect(await parts.getByTestId('part-rubric-2').textContent()).toContain('token buckets');
    const card = report.getByTestId('report-scorecards').getByTestId('scorecard-view');
    expect(await card.getByTestId('scorecard-score').allTextContents()).toEqual([
      '3/4 (Good)',
      '3/4 (Good)',
      '3/4 (Good)',
      '3/4 (Good)',
      '4/4 (Excellent)',
    ]);
    expect(await card.textContent()).toContain('Open question: Design a rate limiter');
    expect(await card.textContent()).toContain('Token bucket, Redis counters');
    await expectAccessible(interviewer);
    await screenshot(interviewer, 'interview-report-parts');
  });

  it('loaded nothing from other hosts and threw no page errors', () => {
    expect(foreign.flat()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
