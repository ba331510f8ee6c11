/**
 * Practice, second pass (issue 10) in Chromium against the real stack: code typed while signed out
 * survives sign-up; custom cases are edited per parameter, added, removed, checked before sending;
 * Run shows the returned value, the prints and the expected answer for a function problem
 * (two-sum) and a design problem (lru-cache); the limits shown are those of the chosen language;
 * no draft request fails. Screenshots of the debug output and the case editor go to
 * artifacts/screenshots/, and axe checks the result views.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, editorText, getStack, launchChromium, screenshot, setEditorCode } from './support';

const PY_TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("looking for", target)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

const PY_LRU = `class LRUCache:
    def __init__(self, capacity: int):
        self.cap = capacity
        self.d = {}

    def get(self, key: int) -> int:
        print("get", key)
        if key not in self.d:
            return -1
        v = self.d.pop(key)
        self.d[key] = v
        return v

    def put(self, key: int, value: int) -> None:
        self.d.pop(key, None)
        self.d[key] = value
        if len(self.d) > self.cap:
            self.d.pop(next(iter(self.d)))
`;

const VERDICT_TIMEOUT = 150_000;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('practice: debug output, custom cases, drafts', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const failedDraftCalls: string[] = [];

  beforeAll(async () => {
    stack = await getStack(['problems/two-sum', 'problems/lru-cache']);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: 'light',
      bypassCSP: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('response', (res) => {
      if (res.url().includes('/drafts/') && res.status() >= 400) failedDraftCalls.push(`${res.status()} ${res.url()}`);
    });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    const path = await screenshot(page, `failure-practice-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`screenshot: ${path}\nconsole errors: ${JSON.stringify(consoleErrors)}`);
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

  async function runAndWait(): Promise<string> {
    await page.getByTestId('run-button').click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor({ timeout: VERDICT_TIMEOUT });
    return (await verdict.textContent()) ?? '';
  }

  // Mantine puts the test id on the textarea itself.
  /** A taller window for the picture, so the console shows a whole case or result. */
  async function tallScreenshot(name: string) {
    await page.setViewportSize({ width: 1440, height: 1400 });
    await screenshot(page, name);
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  const field = (name: string) => page.locator(`textarea[data-testid="case-field-${name}"]`);
  const text = async (locator: ReturnType<Page['locator']>) => ((await locator.textContent()) ?? '').trim();

  it('keeps code typed while signed out through sign-up, and saves it to the account', async () => {
    await page.goto(`${stack.url}/problems/two-sum`);
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await chooseLanguage('Python 3');
    await setEditorCode(page, PY_TWO_SUM);
    await poll(() => page.getByTestId('save-state').textContent()).toBe('Saved in this browser');
    await page.getByTestId('run-button').click();
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Display name').fill('Practice Candidate');
    await page.getByLabel('Email').fill(`practice-${Date.now()}@tryout.test`);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/problems/two-sum`);
    await poll(() => editorText(page)).toContain('print("looking for", target)');
    // The account now holds it: the server draft answers with this code after a reload.
    await poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
    await page.reload();
    await poll(() => editorText(page)).toContain('print("looking for", target)');
  });

  it('shows the limits of the chosen language', async () => {
    await poll(() => page.getByTestId('limits').textContent()).toMatch(/Time limit 3 s in Python 3 \(1 s × 3\)/);
    await chooseLanguage('C++');
    await poll(() => page.getByTestId('limits').textContent()).toMatch(/Time limit 1 s in C\+\+ · Memory limit 256 MB/);
    await chooseLanguage('Python 3');
  });

  it('runs the examples: returned value, prints and expected answer for each case', async () => {
    expect(await runAndWait()).toBe('Accepted');
    const detail = page.getByTestId('test-detail');
    expect(await text(detail.getByTestId('test-input'))).toMatch(/^nums = \[.*\]target = -?\d+$/);
    expect(await text(detail.getByTestId('actual-output'))).toMatch(/^\[\d+,\s*\d+\]$/);
    expect(await text(detail.getByTestId('expected-output'))).toMatch(/^\[\d+,\s*\d+\]/);
    expect(await text(detail.getByTestId('test-stdout'))).toMatch(/^looking for -?\d+$/);
  });

  it('edits cases per parameter, checks them before sending, adds and removes them', async () => {
    await page.getByTestId('testcase-tab').click();
    await poll(() => page.getByTestId('case-chip').count()).toBe(2);
    expect(await page.getByTestId('case-editor').getByText('nums =').count()).toBe(1);
    expect(await page.getByTestId('case-editor').getByText('int[]', { exact: true }).count()).toBe(1);
    // A wrong type: the same message as the API's, shown at once and again on Run (nothing is sent).
    await page.getByTestId('case-chip').nth(1).click();
    await field('target').fill('nine');
    await poll(() => page.getByTestId('case-error').textContent()).toBe('line 2 (target) must be an int like 5');
    await page.getByTestId('run-button').click();
    await poll(() => page.getByTestId('run-error').textContent()).toBe('Case 2: line 2 (target) must be an int like 5');
    await field('target').fill('12');
    await page.getByTestId('add-case').click();
    await poll(() => page.getByTestId('case-chip').count()).toBe(3);
    await field('nums').fill('[5,7,1]');
    await field('target').fill('6');
    await page.getByTestId('remove-case').first().click();
    await poll(() => page.getByTestId('case-chip').count()).toBe(2);
    await page.getByTestId('case-chip').nth(0).click();
    await field('nums').fill('[4,8,1]');
    await tallScreenshot('practice-custom-cases');
  });

  it('runs the custom cases and shows what the function returned and printed', async () => {
    expect(await runAndWait()).toBe('Accepted');
    const chips = page.getByTestId('test-chip');
    await poll(() => chips.allTextContents()).toEqual([
      expect.stringContaining('Case 1'),
      expect.stringContaining('Case 2'),
    ]);
    const detail = page.getByTestId('test-detail');
    await chips.nth(0).click();
    expect(await text(detail.getByTestId('test-input'))).toBe('nums = [4,8,1]target = 12');
    expect(await text(detail.getByTestId('actual-output'))).toBe('[0,1]');
    expect(await text(detail.getByTestId('test-stdout'))).toBe('looking for 12');
    expect(await detail.getByTestId('expected-output').count()).toBe(0);
    await chips.nth(1).click();
    expect(await text(detail.getByTestId('actual-output'))).toBe('[0,2]');
    expect(await text(detail.getByTestId('test-stdout'))).toBe('looking for 6');
    await tallScreenshot('practice-debug-output');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('after an accepted submit, shows where the runtime stands among accepted submissions', async () => {
    await page.getByTestId('submit-button').click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor({ timeout: VERDICT_TIMEOUT });
    expect(await verdict.textContent()).toBe('Accepted');
    await poll(() => text(page.getByTestId('runtime-distribution').locator('p').first())).toMatch(
      /beats 100% of the 1 accepted Python 3 submissions$/,
    );
    // The histogram says what it shows: the language, what a bar counts, the axis, which bar is yours.
    const chart = await text(page.getByTestId('runtime-distribution'));
    expect(chart).toContain('Accepted Python 3 submissions per CPU-time range');
    expect(chart).toContain('CPU time');
    expect(chart).toMatch(/Your submission \((\d+ ms|[\d.]+ s)/);
    await page.getByTestId('runtime-distribution').scrollIntoViewIfNeeded();
    await tallScreenshot('practice-runtime-distribution');
  });

  it('design problem: operations and arguments lines, the help, and the results list with prints', async () => {
    await page.goto(`${stack.url}/problems/lru-cache`);
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await setEditorCode(page, PY_LRU);
    await page.getByRole('button', { name: 'How input works' }).click();
    await poll(() => page.getByTestId('design-calls').textContent()).toMatch(/^LRUCache\(2\).*\.put\(1, 10\)/);
    expect(await page.getByTestId('case-editor').getByText('operations =').count()).toBe(1);
    expect(await runAndWait()).toBe('Accepted');
    const detail = page.getByTestId('test-detail');
    expect(await text(detail.getByTestId('test-input'))).toMatch(/^operations = \["LRUCache",.*arguments = \[\[2\]/);
    expect(await text(detail.getByTestId('actual-output'))).toMatch(/^\[null,null,null,10/);
    expect(await text(detail.getByTestId('expected-output'))).toMatch(/^\[null, ?null, ?null, ?10/);
    expect(await text(detail.getByTestId('test-stdout'))).toMatch(/^get 1/);
    // A custom call sequence, with a mistake first.
    await page.getByTestId('testcase-tab').click();
    await field('operations').fill('["LRUCache","put","get","get"]');
    await field('arguments').fill('[[1],[5,50],[5]]');
    await poll(() => page.getByTestId('case-error').textContent()).toBe(
      'line 2 must have one argument array per operation: 4 operations, 3 argument arrays',
    );
    await field('arguments').fill('[[1],[5,50],[5],[6]]');
    await poll(() => page.getByTestId('case-error').count()).toBe(0);
    expect(await runAndWait()).toBe('Accepted');
    await page.getByTestId('test-chip').first().click();
    expect(await text(detail.getByTestId('actual-output'))).toBe('[null,null,50,-1]');
    expect(await text(detail.getByTestId('test-stdout'))).toBe('get 5\nget 6');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('theme-toggle').click();
    await poll(() => page.evaluate(() => document.documentElement.dataset['mantineColorScheme'])).toBe('dark');
    await tallScreenshot('practice-design-dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('theme-toggle').click();
  });

  it('never logged an error for a language without a draft', () => {
    expect(failedDraftCalls).toEqual([]);
    expect(consoleErrors.filter((e) => /status of 404/.test(e))).toEqual([]);
  });
});
