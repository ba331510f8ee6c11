/**
 * The candidate's whole journey in Chromium against the real stack: sign up, find a problem by
 * search, solve it in Python (Accepted), fail a sample in Java (Wrong Answer with the diff), break
 * the Java build (Compile Error), reload and find the draft and the history. Screenshots of the
 * problem page in light and dark land in artifacts/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editorText, getStack, launchChromium, recordForeignRequests, screenshot, setEditorCode } from './support';

const PYTHON_ACCEPTED = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

// Right for the second sample ([4,4,-2], 8 → [0, 1]), wrong for the first.
const JAVA_WRONG = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        return new int[] {0, 1};
    }
}
`;

const JAVA_BROKEN = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        int unused = 1
        return new int[] {0, 1};
    }
}
`;

const VERDICT_TIMEOUT = 150_000;

/** Retries an assertion until the UI settles (Vitest's own default is one second). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('candidate journey in the browser', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  const pageErrors: string[] = [];
  const email = `e2e-${Date.now()}@tryout.test`;
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    stack = await getStack(['problems/two-sum', 'problems/valid-brackets']);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    foreign = recordForeignRequests(context, stack.url);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  // A failing step leaves a screenshot and the page's errors behind for whoever reads the CI log.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    const path = await screenshot(page, `failure-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`screenshot: ${path}\npage errors: ${JSON.stringify(pageErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function chooseLanguage(name: string) {
    await page.getByTestId('language-select').click();
    await page.getByRole('option', { name, exact: true }).click();
    await poll(() => page.getByTestId('language-select').inputValue()).toBe(name);
  }

  async function waitForVerdict(): Promise<string> {
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor({ timeout: VERDICT_TIMEOUT });
    return (await verdict.textContent()) ?? '';
  }

  it('signs up and lands on the catalog', async () => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel('Display name').fill('E2E Candidate');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/problems`);
    await poll(() => page.getByTestId('user-menu').textContent()).toContain('E2E Candidate');
  });

  it('finds the problem by searching its statement', async () => {
    await page.getByTestId('catalog-search').fill('refund');
    await page.waitForURL(/[?&]q=refund/);
    const table = page.getByTestId('catalog-table');
    await poll(() => table.getByRole('link').allTextContents()).toEqual(['Two Sum']);
    await table.getByRole('link', { name: 'Two Sum' }).click();
    await page.waitForURL(`${stack.url}/problems/two-sum`);
    await page.getByRole('heading', { name: 'Two Sum', level: 1 }).waitFor();
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
  });

  it('submits a correct Python solution and sees Accepted', async () => {
    await chooseLanguage('Python 3');
    await setEditorCode(page, PYTHON_ACCEPTED);
    await page.getByTestId('submit-button').click();
    expect(await waitForVerdict()).toBe('Accepted');
    const chips = page.getByTestId('test-chip');
    expect(await chips.count()).toBeGreaterThan(2);
    expect(await page.locator('[data-testid="test-chip"][data-verdict="accepted"]').count()).toBe(await chips.count());
  });

  it('runs a wrong Java solution and sees the failing sample with its diff', async () => {
    await chooseLanguage('Java');
    expect(await editorText(page)).toContain('class Solution');
    await setEditorCode(page, JAVA_WRONG);
    // The keyboard shortcut, from inside the editor.
    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await waitForVerdict()).toBe('Wrong Answer');
    const detail = page.getByTestId('test-detail');
    expect(await detail.getByTestId('test-input').textContent()).toContain('[8,3,11,5]');
    expect(await page.getByTestId('expected-output').textContent()).toContain('[2,3]');
    expect(await page.locator('[data-testid="actual-output"] mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="expected-output"] mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'problem-page-light');
    await page.getByTestId('theme-toggle').click();
    await poll(() => page.evaluate(() => document.documentElement.dataset['mantineColorScheme'])).toBe('dark');
    await screenshot(page, 'problem-page-dark');
    await page.getByTestId('theme-toggle').click();
  });

  it('shows a compile error with its line', async () => {
    await setEditorCode(page, JAVA_BROKEN);
    await page.getByTestId('run-button').click();
    expect(await waitForVerdict()).toBe('Compile Error');
    const output = (await page.getByTestId('compile-output').textContent()) ?? '';
    expect(output).toMatch(/error/i);
    const lines = await page.getByTestId('compile-error-line').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
  });

  it('finds the draft and the history after a reload', async () => {
    // Let the debounced server save land before leaving.
    await poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
    await page.reload();
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await poll(() => page.getByTestId('language-select').inputValue()).toBe('Java');
    await poll(() => editorText(page)).toContain('int unused = 1');

    await page.getByTestId('submissions-tab').click();
    const rows = page.getByTestId('history-row');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('Accepted')]);
    // Anywhere on the row opens the entry, not only its verdict button.
    await rows.first().locator('td').last().click();
    const modal = page.getByTestId('submission-modal');
    await modal.waitFor();
    await poll(() => modal.locator('.cm-content').textContent()).toContain('seen[x] = i');
    await page.keyboard.press('Escape');
    await page.getByLabel('Include runs').check();
    await poll(() => rows.count()).toBe(3);
  });

  it('keeps the draft on the server for a new browser', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const fresh = await other.newPage();
    try {
      await fresh.goto(`${stack.url}/login?next=%2Fproblems%2Ftwo-sum`);
      await fresh.getByLabel('Email').fill(email);
      await fresh.getByLabel('Password').fill(password);
      await fresh.getByRole('button', { name: 'Log in' }).click();
      await fresh.waitForURL(`${stack.url}/problems/two-sum`);
      await fresh.getByTestId('language-select').click();
      await fresh.getByRole('option', { name: 'Java', exact: true }).click();
      await poll(() => editorText(fresh)).toContain('int unused = 1');
    } finally {
      await other.close();
    }
  });

  it('never asked any other host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
