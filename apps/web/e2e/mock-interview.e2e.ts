/**
 * A mock interview from the catalog to the report, against the real stack (api + worker + Docker):
 * a new account opens "Mock interview" from the catalog, sets a one-minute custom mix, starts on
 * the focused interview page, runs its code, leaves its last code in the editor and lets the
 * server's deadline pass (a real minute: no hook moves a running stack's clock); the last code is
 * submitted and judged, and the report (with the playback of the candidate's work) and the history show it.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';
import { ensureWebBuild, launchChromium, recordForeignRequests, ROOT, screenshot, setEditorCode } from './support';

const ACCEPTED = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

const VERDICT_TIMEOUT = 150_000;
const poll = <T>(fn: () => Promise<T> | T, timeout = 20_000) => expect.poll(fn, { timeout, interval: 200 });

describe('a mock interview in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let mockUrl = '';
  let foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    // One easy problem: the one-easy mix draws it.
    stack = await startStack({ problems: [join(ROOT, 'problems/two-sum')] });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    foreign = recordForeignRequests(context, stack.url);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 600_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    console.error(`screenshot: ${await screenshot(page, 'failure-mock-interview')}`);
    console.error(`at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 2000)}`);
    console.error(`page errors: ${JSON.stringify(pageErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('a new account opens Mock interview from the catalog and sets up a one-minute mix', async () => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel('Display name').fill('Mia Mock');
    await page.getByLabel('Email').fill(`mock-${Date.now()}@tryout.test`);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/problems`);
    await page.getByTestId('catalog-mock').click();
    await page.waitForURL(`${stack.url}/mock`);
    await page.getByText('None yet.').waitFor();
    // The SQL round sets PostgreSQL; another preset brings the coding languages back.
    await page.getByTestId('mock-preset-sql-round').click();
    const languages = () => page.locator('.mantine-MultiSelect-pill').allTextContents();
    await poll(languages).toEqual(['PostgreSQL 15']);
    await page.getByTestId('mock-preset-warm-up').click();
    await poll(languages).toEqual(['Python 3', 'Java', 'JavaScript (Node.js)']);
    expect(await page.getByTestId('mock-preset-warm-up').getAttribute('aria-checked')).toBe('true');
    await page.getByLabel('Duration (minutes)').fill('1');
    await screenshot(page, 'mock-setup');
    await page.getByTestId('start-mock').click();
    await page.waitForURL(/\/mock\/[0-9a-f-]{36}$/);
    mockUrl = page.url();
  });

  it('starts on the focused interview page and runs its code', async () => {
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    expect(await page.getByRole('link', { name: 'Problems' }).count()).toBe(0);
    expect(await page.getByText('The interviewers see your runs').count()).toBe(0);
    await page.getByTestId('start-interview').click();
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
    expect(await page.getByRole('tab', { name: '1. Two Sum' }).count()).toBe(1);
    await poll(() => page.getByTestId('interview-clock').textContent()).toMatch(/^(0:[0-5]\d|1:00)$/);
    await setEditorCode(page, ACCEPTED);
    await page.getByRole('button', { name: 'Run' }).click();
    await poll(() => page.getByTestId('verdict').textContent(), VERDICT_TIMEOUT).toBe('Accepted');
    await poll(() => page.getByTestId('autosave-state').textContent()).toBe('Saved');
    await screenshot(page, 'mock-live');
  });

  it('time runs out on the server: the last code is submitted and the report shows it', async () => {
    // The deadline is a minute after Start; the end screen follows the server's clock.
    await page.getByTestId('interview-ended').waitFor({ timeout: 120_000 });
    expect(await page.getByRole('heading', { name: 'The interview is over' }).count()).toBe(1);
    await page.getByTestId('mock-report-link').click();
    await page.waitForURL(`${mockUrl}/report`);
    const report = page.getByTestId('interview-report');
    await report.waitFor();
    const problem = page.getByTestId('report-problem-1');
    expect(await problem.getByTestId('final-code').textContent()).toBe(ACCEPTED);
    await poll(() => problem.locator('tbody tr').count()).toBe(2);
    await poll(() => problem.locator('tbody tr').nth(1).textContent(), VERDICT_TIMEOUT).toMatch(
      /submit \(at the end\).*Accepted/,
    );
    expect(await report.textContent()).not.toContain('Interviewer notes');
    // The playback of their own work: at the end it shows the code they wrote.
    const playback = page.locator('[data-testid="playback-code"] .cm-content');
    await playback.waitFor();
    await poll(() => playback.textContent()).toContain('seen = {}');
    await screenshot(page, 'mock-report');

    await page.goto(`${stack.url}/mock`);
    const history = page.getByTestId('mock-history');
    await history.waitFor();
    await poll(() => history.locator('tbody tr').first().textContent()).toMatch(/Two Sum.*Accepted.*ended.*Report/);
  });

  it('loaded nothing from other hosts and threw no page errors', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
