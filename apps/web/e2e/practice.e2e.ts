/**
 * Practice, second pass (issue 10) in Chromium against the real stack: code typed while signed out
 * survives sign-up; custom cases are edited per parameter, added, removed, checked before sending;
 * Run shows the returned value, the prints and the expected answer for a function problem
 * (two-sum) and a design problem (lru-cache); the limits shown are those of the chosen language
 * (a result keeps those of the language it ran in);
 * no draft request fails; when the code kept in this browser from before sign-in and the account's
 * draft differ, the page asks which to keep and the server draft follows the choice; a linked-list
 * problem's "How input works" explains ListNode; a Time Limit Exceeded names the chosen language's
 * limit. Screenshots of the debug output and the case editor go to
 * artifacts/screenshots/, and axe checks the result views.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { draftKey } from '../src/problem/draft-storage.util';
import { expectAccessible, editorText, getStack, launchChromium, screenshot, setEditorCode } from './support';

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

/** Code kept in this browser (signed out) that differs from the account's draft of two-sum. */
const PY_BROWSER_COPY = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # written in this browser before signing in
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
`;

/** Spins on the first example (target 16) until the CPU limit stops it; answers the second. */
const PY_SPIN_ON_FIRST = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        while target == 16:
            pass
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
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
    stack = await getStack(['problems/two-sum', 'problems/lru-cache', 'problems/reverse-list']);
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
    // The Run button's tooltip says what Run sends: the samples while the cases are the examples.
    const runTooltip = async () => {
      await page.mouse.move(0, 0);
      await page.getByTestId('run-button').hover();
      return text(page.getByRole('tooltip'));
    };
    await poll(runTooltip).toMatch(/^Run the samples \((Ctrl|⌘)\+Enter\)$/);
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
    // Edited cases are what Run sends now, and the tooltip says so.
    await poll(runTooltip).toMatch(/^Run your cases \((Ctrl|⌘)\+Enter\)$/);
    // A case inside the constraints but over the custom-input limit (10^5 numbers, about 1.1 MB):
    // refused before sending, naming the case, its size and the limit (not a bare HTTP 413).
    await page.getByTestId('case-chip').nth(0).click();
    const sent: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/submissions')) sent.push(r.url());
    };
    page.on('request', onRequest);
    await field('nums').fill(`[${Array.from({ length: 100_000 }, () => '-1000000000').join(',')}]`);
    await page.getByTestId('run-button').click();
    await poll(() => text(page.getByTestId('run-error'))).toBe(
      'Case 1 is 1.1 MB; your cases may hold at most 64 KB together',
    );
    page.off('request', onRequest);
    expect(sent).toEqual([]);
    await field('nums').fill('[4,8,1]');
    await poll(() => page.getByTestId('run-error').count()).toBe(0);
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
    // The reference solution answers the candidate's own cases too.
    expect(await text(detail.getByTestId('expected-output'))).toBe('[0,1]');
    expect(await text(detail)).toContain('Expected (reference solution)');
    expect(await text(page.getByTestId('custom-cases-note'))).toBe(
      "Expected answers for your own cases come from the problem's reference solution.",
    );
    await chips.nth(1).click();
    expect(await text(detail.getByTestId('actual-output'))).toBe('[0,2]');
    expect(await text(detail.getByTestId('test-stdout'))).toBe('looking for 6');
    await tallScreenshot('practice-debug-output');
    await expectAccessible(page);
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
    // A candidate's runtimes are 1-2-5 steps: one bar per step present, labelled as the runtime is shown.
    const summary = await text(page.getByTestId('runtime-distribution').locator('p').first());
    const runtime = /^Runtime (\d+ ms|[\d.]+ s) ·/.exec(summary)?.[1];
    expect(runtime).toBeDefined();
    expect(await page.getByTestId('runtime-step').allTextContents()).toEqual([runtime]);
    expect(await page.getByTestId('runtime-bar').count()).toBe(1);
    expect(await text(page.getByTestId('runtime-rounding-note'))).toBe(
      'Runtimes are rounded up to 1, 2, 5, 10, 20, 50… ms.',
    );
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
    await expectAccessible(page);
    await page.getByTestId('theme-toggle').click();
    await poll(() => page.evaluate(() => document.documentElement.dataset['mantineColorScheme'])).toBe('dark');
    await tallScreenshot('practice-design-dark');
    await expectAccessible(page);
    await page.getByTestId('theme-toggle').click();
  });

  it('linked-list problem: "How input works" explains how a ListNode is written', async () => {
    await page.goto(`${stack.url}/problems/reverse-list`);
    await page.getByRole('button', { name: 'How input works' }).click();
    const help = page.getByTestId('input-help');
    await help.getByText('is written as the array of its values from head to tail').waitFor({ state: 'visible' });
    const shown = await text(help);
    expect(shown).toContain('head (ListNode)');
    expect(shown).toContain(
      'ListNode is written as the array of its values from head to tail: [1,2,3] is 1 → 2 → 3, and [] is an empty list (null).',
    );
    // A problem without linked lists says nothing about them.
    await page.goto(`${stack.url}/problems/two-sum`);
    await page.getByRole('button', { name: 'How input works' }).click();
    await page
      .getByTestId('input-help')
      .getByText('A test case is one JSON value per parameter')
      .waitFor({ state: 'visible' });
    expect(await text(page.getByTestId('input-help'))).not.toContain('ListNode');
  });

  it("asks which code to keep when this browser's copy from before sign-in and the account's draft differ", async () => {
    const browserKey = draftKey(null, 'two-sum', 'python');
    const banner = page.getByTestId('draft-conflict');
    const keepInBrowser = (source: string) =>
      page.evaluate(
        ([key, value]) =>
          localStorage.setItem(key, JSON.stringify({ source: value, updatedAt: new Date().toISOString() })),
        [browserKey, source] as const,
      );
    const browserCopy = () => page.evaluate((key) => localStorage.getItem(key), browserKey);
    /** Drops every draft kept in this browser: after a reload the editor shows the server's copy. */
    const forgetBrowserDrafts = () =>
      page.evaluate(() => {
        for (const key of Object.keys(localStorage)) if (key.startsWith('tryout:draft:')) localStorage.removeItem(key);
      });
    const draftPuts: string[] = [];
    const onRequest = (request: Request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/problems/two-sum/drafts/python'))
        draftPuts.push(request.postData() ?? '');
    };
    page.on('request', onRequest);
    try {
      // The account's draft is the code saved after sign-up (first test).
      await page.goto(`${stack.url}/problems/two-sum`);
      await chooseLanguage('Python 3');
      await poll(() => editorText(page)).toContain('print("looking for", target)');

      // 1. A different copy in this browser: the editor shows it and the page asks.
      await keepInBrowser(PY_BROWSER_COPY);
      await page.reload();
      await banner.waitFor();
      expect(await text(banner)).toContain('Your account also has a saved draft for Python 3 that differs from it');
      await poll(() => editorText(page)).toContain('# written in this browser before signing in');
      // Keeping the account's draft: the editor shows it and the browser's copy is dropped.
      await page.getByTestId('keep-server-draft').click();
      await poll(() => banner.count()).toBe(0);
      await poll(() => editorText(page)).toContain('print("looking for", target)');
      expect(await editorText(page)).not.toContain('# written in this browser before signing in');
      expect(await browserCopy()).toBeNull();
      // The server still holds the account's draft.
      await forgetBrowserDrafts();
      await page.reload();
      await poll(() => editorText(page)).toContain('print("looking for", target)');
      expect(await banner.count()).toBe(0);

      // 2. Again, edited while the choice is open, then kept: the server draft follows.
      draftPuts.length = 0;
      await keepInBrowser(PY_BROWSER_COPY);
      await page.reload();
      await banner.waitFor();
      await poll(() => editorText(page)).toContain('# written in this browser before signing in');
      const edited = PY_BROWSER_COPY.replace('before signing in', 'before signing in, edited while asked');
      await setEditorCode(page, edited);
      // Until the candidate chooses, edits stay in this browser's copy.
      await poll(async () => JSON.parse((await browserCopy()) ?? '{}') as { source?: string }).toMatchObject({
        source: edited,
      });
      await page.getByTestId('keep-local-draft').click();
      await poll(() => banner.count()).toBe(0);
      await poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
      expect(await editorText(page)).toContain('# written in this browser before signing in, edited while asked');
      expect(await browserCopy()).toBeNull();
      // Every draft sent in this round carries the chosen, edited code: the account's draft was not
      // replaced by the browser's copy (nor by the edits) while the choice was open.
      expect(draftPuts.length).toBeGreaterThan(0);
      for (const body of draftPuts) expect(body).toContain('edited while asked');
      // The server holds the chosen code: a reload without any browser copy shows it.
      await forgetBrowserDrafts();
      await page.reload();
      await poll(() => editorText(page)).toContain('# written in this browser before signing in, edited while asked');
      expect(await banner.count()).toBe(0);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('a Time Limit Exceeded names the limit of the chosen language, as the limits line does', async () => {
    await page.goto(`${stack.url}/problems/two-sum`);
    await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await chooseLanguage('Python 3');
    const toMs = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : 1);
    const line = await text(page.getByTestId('limits'));
    const stated = /Time limit ([\d.]+) (s|ms) in Python 3 .*· Memory limit (\d+) MB/.exec(line);
    expect(stated, line).not.toBeNull();
    const [, statedTime = '', statedUnit = '', statedMemory = ''] = stated ?? [];
    await setEditorCode(page, PY_SPIN_ON_FIRST);
    expect(await runAndWait()).toBe('Time Limit Exceeded');
    // The result line says the run went over the limit, not a figure rounded up past it.
    expect(await text(page.getByTestId('result-figures'))).toMatch(/Runtime over 3 s( ·|$)/);
    const chips = page.getByTestId('test-chip');
    await poll(() => chips.count()).toBe(2);
    const figures = page.getByTestId('test-detail').getByTestId('test-figures');
    await chips.nth(0).click();
    const tle = await text(figures);
    const note = /\(limit ([\d.]+) (s|ms) CPU · (\d+) MB\)/.exec(tle);
    expect(note, tle).not.toBeNull();
    const [, noteTime = '', noteUnit = '', noteMemory = ''] = note ?? [];
    expect(toMs(noteTime, noteUnit)).toBe(toMs(statedTime, statedUnit));
    expect(noteMemory).toBe(statedMemory);
    // Python's scaled limit (1 s × 3), not the problem's base second.
    expect(toMs(noteTime, noteUnit)).toBe(3000);
    // The example that passed names no limit.
    await chips.nth(1).click();
    await poll(() => text(page.getByTestId('test-detail').getByTestId('actual-output'))).toBe('[0,1]');
    expect(await text(figures)).not.toContain('limit');
    // Choosing another language afterwards does not relabel the result: it ran in Python.
    await chooseLanguage('C++');
    await chips.nth(0).click();
    const after = await text(figures);
    const kept = /\(limit ([\d.]+) (s|ms) CPU/.exec(after);
    expect(kept, after).not.toBeNull();
    expect(toMs(kept?.[1] ?? '', kept?.[2] ?? '')).toBe(3000);
    await chooseLanguage('Python 3');
  });

  it('on a phone, one pane at a time at full height; Run shows the console', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${stack.url}/problems/two-sum`);
      const panes = page.getByTestId('mobile-pane-switch');
      await panes.waitFor();
      await page.getByRole('heading', { name: 'Two Sum' }).waitFor({ state: 'visible' });
      // The statement has the height below the switch, not a third of it.
      const statement = await page.getByTestId('statement-pane').boundingBox();
      expect(statement?.height ?? 0).toBeGreaterThan(500);
      expect(await page.locator('[data-testid="code-editor"] .cm-content').isVisible()).toBe(false);
      await panes.getByText('Code', { exact: true }).click();
      await setEditorCode(page, PY_TWO_SUM);
      expect(await runAndWait()).toBe('Accepted');
      expect(await page.getByTestId('verdict').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, 'practice-phone-console');
      await expectAccessible(page);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('never logged an error for a language without a draft', () => {
    expect(failedDraftCalls).toEqual([]);
    expect(consoleErrors.filter((e) => /status of 404/.test(e))).toEqual([]);
  });
});
