/**
 * Issue 13's authoring scenario in Chromium against the real stack (api + worker + Docker): an
 * admin creates a function problem from scratch in the browser, adds tests and a reference
 * solution, sees validation fail because of a deliberately wrong expected answer, fixes it and
 * publishes; a candidate solves it; the admin changes a hidden test, publishes version 2 and
 * rejudges, and the candidate's verdict changes. Version 2 then downloads as a zip that uploads
 * back as a draft of the same problem. Screenshots of the editor, the tests, the validation, the
 * publish dialog and the rejudge report land in artifacts/screenshots/ (docs/ux/ keeps copies).
 * Through that normal flow the admin's page makes no failed request and logs no error; then the
 * editor's guards: leaving with unsaved edits asks first, a test deleted in another tab, a refused
 * validation, a slug that is taken, discarding.
 */
import type { ProblemDraftDto } from '@tryout/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../test/support/http';
import { startStack, type Stack } from '../../../test/support/stack';
import { ensureWebBuild, launchChromium, recordForeignRequests, screenshot, setEditorCode } from './support';

const poll = <T>(fn: () => Promise<T> | T, timeout = 20_000) => expect.poll(fn, { timeout, interval: 200 });
/** Validation and rejudge go through the real queue at the lowest priority, Python containers included. */
const JUDGE_TIMEOUT = 180_000;

const SLUG = 'add-two-numbers-e2e';
const REFERENCE = `class Solution:
    def addTwo(self, a: int, b: int) -> int:
        return a + b
`;
// Right on every test of version 1; wrong once a hidden test reaches 1000.
const CANDIDATE = `class Solution:
    def addTwo(self, a: int, b: int) -> int:
        return a + b if a < 1000 else 0
`;

/** Types into the CodeMirror editor with this test id (replacing its text). */
async function typeCode(page: Page, testId: string, code: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"] .cm-content`).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

describe('authoring a problem in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let adminContext: BrowserContext;
  let candidateContext: BrowserContext;
  let admin: Page;
  let candidate: Page;
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  /** The admin page's answers of 400 and above, failed requests and console errors. */
  const adminFailures: string[] = [];
  let problemPath = '';
  let draftPath = '';

  beforeAll(async () => {
    await ensureWebBuild();
    stack = await startStack({ problems: [] });
    browser = await launchChromium();
    adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    candidateContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    for (const context of [adminContext, candidateContext]) foreign.push(...recordForeignRequests(context, stack.url));
    admin = await adminContext.newPage();
    candidate = await candidateContext.newPage();
    for (const page of [admin, candidate]) {
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }
    admin.on('response', (r) => {
      if (r.status() >= 400) adminFailures.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    admin.on('requestfailed', (r) => {
      // A request the app cancels (a superseded search, a page left) is no failure.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') adminFailures.push(`failed ${r.method()} ${r.url()}`);
    });
    admin.on('console', (m) => {
      if (m.type() === 'error') adminFailures.push(`console: ${m.text()}`);
    });
  });

  /** No failed request or console error since the last call (a stray refetch gets a moment to show). */
  async function expectNoFailures() {
    await admin.waitForTimeout(500);
    expect(adminFailures.splice(0)).toEqual([]);
  }

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !admin) return;
    const name = ctx.task.name.replace(/\W+/g, '-');
    const paths = [await screenshot(admin, `failure-authoring-admin-${name}`)];
    if (candidate) paths.push(await screenshot(candidate, `failure-authoring-candidate-${name}`));
    console.error(`screenshots: ${paths.join(', ')}\npage errors: ${JSON.stringify(pageErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function addTest(name: string, input: string, answer: string, hidden: boolean) {
    await admin.getByLabel('Name', { exact: true }).fill(name);
    const toggle = admin.getByTestId('new-test-hidden');
    if ((await toggle.isChecked()) !== hidden) await toggle.click();
    await admin.getByTestId('new-test-input').fill(input);
    await admin.getByTestId('new-test-answer').fill(answer);
    await admin.getByTestId('add-test').click();
    await admin.getByTestId(`test-row-${name}`).waitFor();
  }

  async function validate(expected: 'passed' | 'failed') {
    await admin.getByTestId('validate').click();
    const results = admin.getByTestId('validation-results');
    await poll(() => results.getAttribute('data-status'), JUDGE_TIMEOUT).toBe(expected);
  }

  async function publish(summary: RegExp) {
    await poll(() => admin.getByTestId('publish').isEnabled()).toBe(true);
    await admin.getByTestId('publish').click();
    const dialog = admin.getByTestId('publish-dialog');
    await poll(() => dialog.getByTestId('publish-summary').textContent()).toMatch(summary);
    return dialog;
  }

  it('a candidate finds no authoring area and no unpublished problem', async () => {
    await candidate.goto(`${stack.url}/register`);
    await candidate.getByLabel('Display name').fill('Casey');
    await candidate.getByLabel('Email').fill(`casey-${Date.now()}@tryout.test`);
    await candidate.getByLabel('Password').fill('casey-password-1234');
    await candidate.getByRole('button', { name: 'Sign up' }).click();
    await candidate.getByTestId('user-menu').waitFor();
    await candidate.goto(`${stack.url}/admin/problems`);
    await candidate.getByRole('heading', { name: 'This page does not exist' }).waitFor();
  });

  it('the admin creates a function problem: statement with a live preview, signature', async () => {
    await admin.goto(`${stack.url}/login`);
    await admin.getByLabel('Email').fill(stack.admin.email);
    await admin.getByLabel('Password').fill(stack.admin.password);
    await admin.getByRole('button', { name: 'Log in' }).click();
    await admin.getByTestId('user-menu').waitFor();
    // Before signing in, the app's session check may answer 401: from here on nothing may fail.
    adminFailures.length = 0;
    await admin.goto(`${stack.url}/admin/problems`);
    await admin.getByTestId('new-problem').click();
    await admin.getByLabel('Title').fill('Add Two Numbers');
    await admin.getByLabel('Slug').fill(SLUG);
    await admin.getByTestId('create-problem').click();
    await admin.waitForURL(/\/admin\/drafts\/[^/]+$/);
    await admin.getByTestId('draft-title').getByText('Add Two Numbers').waitFor();
    // A draft never validated asks for its validation and gets "none yet", not a 404.
    await admin.getByTestId('solutions-tab').click();
    await admin.getByText('Not validated yet', { exact: false }).waitFor();
    await expectNoFailures();

    await admin.getByRole('tab', { name: 'Statement' }).click();
    await admin
      .getByTestId('statement-input')
      .fill('Return the sum $a + b$ of two integers.\n\n## Constraints\n\n- $-10^9 \\le a, b \\le 10^9$\n');
    const preview = admin.getByTestId('statement-preview');
    await preview.getByRole('heading', { name: 'Add Two Numbers', level: 1 }).waitFor();
    await preview.getByRole('heading', { name: 'Constraints' }).waitFor();
    await poll(() => preview.locator('.katex').count()).toBeGreaterThan(1);
    // The limits line is the problem page's: the time limit as judged in Python (× 3).
    await admin.getByRole('tab', { name: 'Details' }).click();
    await admin.getByLabel('Time limit', { exact: false }).fill('1000');
    await admin.getByRole('tab', { name: 'Statement' }).click();
    await poll(() => preview.getByTestId('limits').textContent()).toContain('Time limit 3 s in Python 3 (1 s × 3)');
    await admin.getByRole('tab', { name: 'Details' }).click();
    await admin.getByLabel('Time limit', { exact: false }).fill('');

    await admin.getByRole('tab', { name: /Signature/ }).click();
    await admin.getByLabel('Function name').fill('addTwo');
    for (const [i, name] of ['a', 'b'].entries()) {
      await admin.getByRole('button', { name: 'Add function parameter' }).click();
      await admin.getByLabel(`function parameter ${i + 1} name`).fill(name);
      await admin.getByLabel(`function parameter ${i + 1} type`).fill('int');
    }
    await admin.getByLabel('Returns').fill('int');
    await admin.getByTestId('save-draft').click();
    await poll(() => admin.getByTestId('draft-save-state').textContent()).toBe('Saved');
  });

  it('adds samples and hidden tests (one answer deliberately wrong) and a reference solution', async () => {
    await admin.getByTestId('tests-tab').click();
    await addTest('1', '1\n2', '3', false);
    await addTest('2', '5\n7', '12', false);
    await addTest('01', '10\n20', '31', true); // wrong on purpose: 10 + 20 is 30
    await addTest('02', '100\n-1', '99', true);
    await poll(() => admin.locator('[data-testid^="test-row-"]').count()).toBe(4);
    await screenshot(admin, 'authoring-tests');
    // The preview now shows the samples as examples, exactly as the problem page will.
    await admin.getByRole('tab', { name: 'Statement' }).click();
    await admin.getByTestId('statement-preview').getByText('Example 2').waitFor();
    await screenshot(admin, 'authoring-editor');

    await admin.getByTestId('solutions-tab').click();
    await admin.getByTestId('add-solution').click();
    await typeCode(admin, 'solution-editor-0', REFERENCE);
    await admin.getByTestId('save-draft').click();
    await poll(() => admin.getByTestId('draft-save-state').textContent()).toBe('Saved');
  });

  it('validation fails on the wrong answer and names the test', async () => {
    await validate('failed');
    const row = admin.locator('[data-testid^="validation-solution-"]').first();
    expect(await row.getAttribute('data-ok')).toBe('false');
    await row.locator('[data-verdict="wrong_answer"]').first().waitFor();
    expect(await row.locator('[data-verdict="wrong_answer"]').first().textContent()).toContain('01');
    expect(await admin.getByTestId('publish').isDisabled()).toBe(true);
    await screenshot(admin, 'authoring-validation-failed');
  });

  it('the admin fixes the answer, validation passes, and publishes version 1', async () => {
    await admin.getByTestId('tests-tab').click();
    const answer = admin.getByTestId('test-answer-01');
    await answer.fill('30');
    await answer.blur();
    await poll(() => admin.getByTestId('test-answer-01').inputValue()).toBe('30');
    await admin.getByTestId('solutions-tab').click();
    await validate('passed');
    expect(await admin.locator('[data-testid^="validation-solution-"]').first().getAttribute('data-ok')).toBe('true');
    const dialog = await publish(/version 1/);
    await admin.getByTestId('confirm-publish').click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByTestId('published-notice').waitFor();
    problemPath = new URL(admin.url()).pathname;
    expect(problemPath).toMatch(/^\/admin\/problems\/[^/]+$/);
    await admin.getByTestId('version-row-1').waitFor();
    // The published draft is closed: the page left it without asking for it again.
    await expectNoFailures();
  });

  it('a candidate solves the published problem', async () => {
    await candidate.goto(`${stack.url}/problems/${SLUG}`);
    await candidate.getByRole('heading', { name: 'Add Two Numbers', level: 1 }).waitFor();
    await candidate.getByTestId('language-select').click();
    await candidate.getByRole('option', { name: 'Python 3', exact: true }).click();
    await setEditorCode(candidate, CANDIDATE);
    await candidate.getByTestId('submit-button').click();
    await candidate.getByTestId('verdict').waitFor({ timeout: JUDGE_TIMEOUT });
    expect(await candidate.getByTestId('verdict').textContent()).toBe('Accepted');
  });

  it('the admin changes a hidden test, sees the answer diff, validates and publishes version 2', async () => {
    await admin.getByTestId('open-draft').click();
    await admin.waitForURL(/\/admin\/drafts\/[^/]+$/);
    await admin.getByTestId('tests-tab').click();
    const input = admin.getByTestId('test-input-02');
    await input.fill('1000\n1');
    await input.blur();
    await poll(() => admin.getByTestId('test-input-02').inputValue()).toBe('1000\n1');
    const answer = admin.getByTestId('test-answer-02');
    await answer.fill('1001');
    await answer.blur();
    const change = admin.getByTestId('test-change-secret/02');
    await change.waitFor();
    await poll(() => change.getByTestId('answer-diff').textContent()).toMatch(/99[\s\S]*1001/);

    await admin.getByTestId('solutions-tab').click();
    await validate('passed');
    const dialog = await publish(/creates version 2/);
    await dialog.getByTestId('test-change-secret/02').waitFor();
    await screenshot(admin, 'authoring-publish-dialog');
    await admin.getByTestId('confirm-publish').click();
    await admin.getByTestId('published-notice').waitFor();
    await admin.getByTestId('version-row-2').waitFor();
    await expectNoFailures();
  });

  it('rejudging turns the candidate’s Accepted into Wrong Answer', async () => {
    await admin.getByTestId('rejudge').click();
    const report = admin.getByTestId('rejudge-report');
    await poll(() => report.getAttribute('data-status'), JUDGE_TIMEOUT).toBe('finished');
    const rows = admin.getByTestId('rejudge-change');
    await poll(() => rows.count()).toBe(1);
    const text = (await rows.first().textContent()) ?? '';
    expect(text).toContain('Accepted');
    expect(text).toContain('Wrong Answer');
    await screenshot(admin, 'authoring-rejudge');

    await candidate.reload();
    await candidate.getByTestId('submissions-tab').click();
    const history = candidate.getByTestId('history-row');
    await history.first().waitFor();
    expect(await history.allTextContents()).toEqual([expect.stringContaining('Wrong Answer')]);
    expect(await candidate.getByTestId('statement').getByText('Solved', { exact: true }).count()).toBe(0);
  });

  it('a version downloads as a zip, and the zip uploads back as a draft of the same problem', async () => {
    await admin.goto(`${stack.url}${problemPath}`);
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Download version 2 as a zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SLUG}-v2.zip`);
    const zip = await download.path();
    await admin.goto(`${stack.url}/admin/problems`);
    const [chooser] = await Promise.all([
      admin.waitForEvent('filechooser'),
      admin.getByRole('button', { name: 'Upload package' }).click(),
    ]);
    await chooser.setFiles(zip);
    await admin.waitForURL(/\/admin\/drafts\/[^/]+$/);
    draftPath = new URL(admin.url()).pathname;
    await admin.getByText('Draft of version 2', { exact: false }).waitFor();
    await admin.getByTestId('tests-tab').click();
    await poll(() => admin.getByTestId('test-input-02').inputValue()).toBe('1000\n1');

    await admin.goto(`${stack.url}/admin/audit`);
    await poll(() => admin.getByTestId('audit-row').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('problem.published')]),
    );
    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await expectNoFailures();
  });

  it('leaving the draft with unsaved edits asks first, for every in-app link', async () => {
    await admin.goto(`${stack.url}${draftPath}`);
    const title = admin.getByLabel('Title', { exact: true });
    await title.fill('Add Two Numbers, edited');
    await poll(() => admin.getByTestId('draft-save-state').textContent()).toBe('Unsaved changes');
    const leaveDialog = admin.getByRole('dialog', { name: 'Leave without saving?' });
    const links = [
      admin.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Users' }),
      admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Problems' }),
      // The breadcrumb "‹ Problems" above the draft's title.
      admin.locator('a[href="/admin/problems"]:not(nav a)'),
    ];
    for (const link of links) {
      await link.first().click();
      await leaveDialog.waitFor();
      await leaveDialog.getByRole('button', { name: 'Stay' }).click();
      await leaveDialog.waitFor({ state: 'detached' });
      expect(new URL(admin.url()).pathname).toBe(draftPath);
      expect(await title.inputValue()).toBe('Add Two Numbers, edited');
    }
    // Typing the stored value back is no edit: nothing to lose, nothing asked.
    await title.fill('Add Two Numbers');
    await poll(() => admin.getByTestId('draft-save-state').textContent()).toBe('Saved');
    await links[0].click();
    await admin.waitForURL(/\/admin\/users$/);
    await admin.goBack();
    await admin.waitForURL(new RegExp(`${draftPath}$`));
    await title.fill('Add Two Numbers, edited again');
    await links[0].click();
    await leaveDialog.getByRole('button', { name: 'Leave' }).click();
    await admin.waitForURL(/\/admin\/users$/);
    await expectNoFailures();
  });

  it('a test deleted in another tab: a readable message, the list reloaded, no "Saved"', async () => {
    await admin.goto(`${stack.url}${draftPath}`);
    await admin.getByTestId('tests-tab').click();
    await admin.getByTestId('test-row-1').waitFor();
    // A malformed input is named at the field, as the candidate's custom cases name it.
    await admin.getByTestId('new-test-input').fill('1\nhello world');
    await admin.getByText('line 2 (b) must be an int like 5', { exact: false }).waitFor();
    await admin.getByTestId('new-test-input').fill('hello world');
    await admin.getByText('expected 2 lines, one JSON value per parameter (a: int, b: int); got 1').waitFor();
    await admin.getByTestId('new-test-input').fill('');

    // Another tab (another admin) deletes test 1 meanwhile.
    const token = (
      await call<{ accessToken: string }>(stack.url, 'POST', '/api/auth/login', {
        body: { email: stack.admin.email, password: stack.admin.password },
      })
    ).body.accessToken;
    const draftApi = `/api${draftPath.replace(/^\/admin/, '/admin')}`;
    const stored = await call<ProblemDraftDto>(stack.url, 'GET', draftApi, { token });
    const gone = stored.body.tests.find((t) => t.name === '1' && !t.hidden)!;
    expect((await call(stack.url, 'DELETE', `${draftApi}/tests/${gone.id}`, { token })).status).toBe(204);

    const input = admin.getByTestId('test-input-1');
    await input.fill('3\n4');
    await input.blur();
    const banner = admin.getByTestId('tests-error');
    await poll(() => banner.textContent()).toContain('This test was deleted elsewhere; the list was reloaded.');
    expect(await banner.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await admin.getByTestId('test-row-1').waitFor({ state: 'detached' });
    expect(await admin.getByTestId('draft-save-state').textContent()).toBe('Not saved');
    expect(adminFailures.splice(0)).toEqual([expect.stringMatching(/^404 PATCH .*\/tests\//), expect.any(String)]);

    // The next edit that saves says so again.
    const answer = admin.getByTestId('test-answer-2');
    await answer.fill('13');
    await answer.blur();
    await poll(() => admin.getByTestId('draft-save-state').textContent()).toBe('Saved');
  });

  it('a taken slug is named until the slug changes; a refused validation says so, not "Not saved"', async () => {
    await admin.goto(`${stack.url}/admin/problems`);
    await admin.getByTestId('new-problem').click();
    await admin.getByLabel('Title').fill('Another Sum');
    const slug = admin.getByTestId('new-problem-slug');
    await slug.fill(SLUG);
    await admin.getByTestId('create-problem').click();
    const taken = admin.getByText(`slug ${SLUG} belongs to another problem`);
    await taken.waitFor();
    await slug.fill('another-sum-e2e');
    await taken.waitFor({ state: 'detached' });
    expect(await admin.getByTestId('new-problem-error').count()).toBe(0);
    await admin.getByTestId('create-problem').click();
    await admin.waitForURL(/\/admin\/drafts\/[^/]+$/);
    expect(adminFailures.splice(0)).toEqual([
      expect.stringMatching(/^409 POST \/api\/admin\/drafts$/),
      expect.any(String),
    ]);

    // No tests and no solution yet: the API refuses to validate.
    await admin.getByTestId('validate').click();
    const refusal = admin.getByTestId('validate-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Cannot validate');
    expect(await refusal.textContent()).toContain('cannot be validated yet');
    expect(await admin.getByTestId('save-error').count()).toBe(0);
    expect(await admin.getByTestId('draft-save-state').textContent()).toBe('Saved');
    expect(adminFailures.splice(0)).toEqual([expect.stringMatching(/^400 POST .*\/validate$/), expect.any(String)]);

    // Discarding leaves at once, unsaved edits and all, and never asks for the discarded draft again.
    await admin.getByRole('tab', { name: 'Details' }).click();
    await admin.getByLabel('Title', { exact: true }).fill('Thrown away');
    await admin.getByRole('button', { name: 'Discard the draft' }).click();
    await admin.getByRole('menuitem', { name: 'Discard the draft' }).click();
    await admin.waitForURL(/\/admin\/problems$/);
    expect(await admin.getByRole('dialog', { name: 'Leave without saving?' }).count()).toBe(0);
    await admin.getByTestId(`authoring-row-${SLUG}`).waitFor();
    await expectNoFailures();
    expect(pageErrors).toEqual([]);
  });
});
