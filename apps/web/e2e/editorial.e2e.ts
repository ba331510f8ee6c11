/**
 * Editorial, hints and similar problems in Chromium against the real stack: an anonymous visitor
 * sees the editorial locked behind sign-in, steps through the hints one at a time and follows a
 * similar problem; a signed-in candidate finds the editorial locked, reveals it (the reveal is kept
 * across reloads), reads the prose and the reference solutions per language; a submission unlocks
 * another problem's editorial. A screenshot of the Editorial tab lands in artifacts/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getStack, launchChromium, recordForeignRequests, screenshot, setEditorCode } from './support';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('editorial, hints and similar problems in the browser', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await getStack(['problems/two-sum', 'problems/duplicate-detector', 'problems/stock-profit']);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    foreign = recordForeignRequests(context, stack.url);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    const path = await screenshot(page, `failure-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`screenshot: ${path}\npage errors: ${JSON.stringify(pageErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function openEditorialTab() {
    await page.getByTestId('editorial-tab').click();
    await page.locator('[data-testid="editorial"], [data-testid="editorial-locked"]').first().waitFor();
  }

  it('shows hints one at a time, collapsed at first', async () => {
    await page.goto(`${stack.url}/problems/two-sum`);
    await page.getByRole('heading', { name: 'Two Sum', level: 1 }).waitFor();
    const hints = page.getByTestId('hints');
    await hints.waitFor();
    expect(await page.getByTestId('hint-1').count()).toBe(0);
    await page.getByRole('button', { name: 'Show hint 1' }).click();
    await poll(() => page.getByTestId('hint-1').textContent()).toContain('partner');
    expect(await page.getByTestId('hint-2').count()).toBe(0);
    await page.getByRole('button', { name: 'Show hint 2' }).click();
    await poll(() => page.getByTestId('hint-2').textContent()).toContain('hash map');
    // Two Sum has two hints: no third button.
    expect(await page.getByTestId('show-hint').count()).toBe(0);
    await page.getByRole('button', { name: 'Hide hints' }).click();
    await poll(() => page.getByTestId('hint-1').count()).toBe(0);
  });

  it('lists similar problems by shared tags and links to them', async () => {
    const similar = page.getByTestId('similar-problems');
    await poll(() => similar.getByRole('link').allTextContents()).toEqual(['Duplicate Detector', 'Stock Profit']);
    await similar.getByRole('link', { name: 'Duplicate Detector' }).click();
    await page.waitForURL(`${stack.url}/problems/duplicate-detector`);
    await page.getByRole('heading', { name: 'Duplicate Detector', level: 1 }).waitFor();
  });

  it('keeps the editorial locked behind sign-in for anonymous visitors', async () => {
    await page.goto(`${stack.url}/problems/two-sum`);
    await openEditorialTab();
    const locked = page.getByTestId('editorial-locked');
    expect(await locked.textContent()).toContain('Sign in');
    expect(await page.getByTestId('editorial').count()).toBe(0);
    await locked.getByRole('link', { name: 'Sign in to read the editorial' }).click();
    await page.waitForURL(/\/login\?next=/);
  });

  it('locks the editorial for a new candidate until they reveal it, and remembers the reveal', async () => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel('Display name').fill('Editorial Reader');
    await page.getByLabel('Email').fill(`editorial-${Date.now()}@tryout.test`);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/problems`);

    // Locked is a normal state: answered 200 without the content, so no failed request and no
    // console error.
    const consoleErrors: string[] = [];
    const onConsole = (msg: { type(): string; text(): string }) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    };
    const editorialStatuses: number[] = [];
    const onResponse = (r: { url(): string; status(): number }) => {
      if (r.url().endsWith('/api/problems/two-sum/editorial')) editorialStatuses.push(r.status());
    };
    page.on('console', onConsole);
    page.on('response', onResponse);
    await page.goto(`${stack.url}/problems/two-sum`);
    await openEditorialTab();
    const locked = page.getByTestId('editorial-locked');
    expect(await locked.textContent()).toContain('first submission');
    await page.waitForLoadState('networkidle');
    page.off('console', onConsole);
    page.off('response', onResponse);
    expect(editorialStatuses.length).toBeGreaterThan(0);
    expect(editorialStatuses.every((status) => status === 200)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.getByTestId('reveal-editorial').click();
    // A confirm first: backing out keeps it locked.
    await page.getByRole('dialog', { name: 'Reveal the editorial?' }).waitFor();
    await page.getByRole('button', { name: 'Keep it locked' }).click();
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByTestId('editorial').count()).toBe(0);

    await page.getByTestId('reveal-editorial').click();
    await page.getByTestId('confirm-reveal').click();
    const editorial = page.getByTestId('editorial');
    await editorial.waitFor();
    await editorial.getByRole('heading', { name: 'Intuition' }).waitFor();
    expect(await editorial.getByRole('heading', { name: 'Complexity' }).count()).toBe(1);
    // Math is rendered by KaTeX, as in statements.
    expect(await editorial.locator('.katex').count()).toBeGreaterThan(0);
    const tabs = editorial.getByTestId('editorial-solutions').getByRole('tab');
    // Two Sum carries a verified reference in every language (its type-coverage solutions).
    expect(await tabs.allTextContents()).toEqual([
      'Python 3',
      'JavaScript (Node.js)',
      'TypeScript',
      'Java',
      'C',
      'C++',
      'Go',
      'Rust',
      'C#',
      'Ruby',
      'Kotlin',
      'Scala',
      'PHP',
      'Elixir',
    ]);
    await poll(() => editorial.getByRole('tabpanel').last().textContent()).toContain('class Solution');
    await editorial.getByRole('tab', { name: 'Go' }).click();
    await poll(() => editorial.getByRole('tabpanel').last().textContent()).toContain('func twoSum');
    await editorial.getByRole('tab', { name: 'Python 3' }).click();
    // The tab from its top: the prose first, as a reader meets it.
    await page.locator('.mantine-ScrollArea-viewport[aria-label="Editorial"]').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'editorial-tab');
    await editorial.getByTestId('editorial-solutions').scrollIntoViewIfNeeded();
    await screenshot(page, 'editorial-tab-solutions');

    // Recorded on the server: still open after a reload.
    await page.reload();
    await openEditorialTab();
    await page.getByTestId('editorial').getByRole('heading', { name: 'Intuition' }).waitFor();
  });

  it('unlocks another problem’s editorial after a submission, whatever its verdict', async () => {
    await page.goto(`${stack.url}/problems/duplicate-detector`);
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await openEditorialTab();
    await page.getByTestId('editorial-locked').waitFor();
    await page.getByRole('tab', { name: 'Description' }).click();
    await setEditorCode(page, 'class Solution:\n    def containsDuplicate(self, nums):\n        return False\n');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/submissions') && r.request().method() === 'POST',
    );
    await page.getByTestId('submit-button').click();
    expect((await created).status()).toBe(202);
    await openEditorialTab();
    await page.getByTestId('editorial').getByRole('heading', { name: 'Intuition' }).waitFor();
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
