/**
 * Editor settings (issue 10) in Chromium against the real stack: the dialog is reached from the
 * editor's toolbar by keyboard; font size and Vim bindings apply at once, survive a reload and
 * follow the account to a second browser; Vim really edits (insert, Esc, dd); a visitor's settings
 * stay in the browser and become the account's at sign-up (axe checks the dialog in accessibility.e2e.ts). Also: a recent submission on the profile opens that entry on the problem
 * page. Screenshot of the dialog in artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editorText, getStack, launchChromium, screenshot } from './support';

const PASSWORD = 'correct horse battery staple';
const VERDICT_TIMEOUT = 150_000;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('editor settings', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;
  let page: Page;
  const email = `settings-${Date.now()}@tryout.test`;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    stack = await getStack(['problems/two-sum']);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    const path = await screenshot(page, `failure-editor-settings-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`screenshot: ${path}\nconsole errors: ${JSON.stringify(consoleErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const editor = (p: Page) => p.getByTestId('code-editor');
  /** The font size the editor's text is drawn with. */
  const fontSize = (p: Page) =>
    p.locator('[data-testid="code-editor"] .cm-content').evaluate((el) => getComputedStyle(el).fontSize);
  const vimStatus = (p: Page) => p.locator('[data-testid="code-editor"] .cm-vim-panel').textContent();

  async function openProblem(p: Page) {
    await p.goto(`${stack.url}/problems/two-sum`);
    await p.locator('[data-testid="code-editor"] .cm-line').first().waitFor();
  }

  it('opens from the toolbar by keyboard, applies font size and Vim at once, and saves them to the account', async () => {
    await page.goto(`${stack.url}/register`);
    await page.getByLabel('Display name').fill('Settings Candidate');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/problems`);
    await openProblem(page);
    expect(await fontSize(page)).toBe('14px');
    expect(await editor(page).getAttribute('data-key-bindings')).toBe('default');

    // Keyboard only: focus the gear, Enter opens the dialog with focus inside it.
    await page.getByRole('button', { name: 'Editor settings' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Editor settings' });
    await dialog.waitFor();
    await poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    await dialog.getByLabel('Font size').fill('20');
    await dialog.getByRole('radio', { name: /^Vim/ }).check();
    await poll(() => page.getByTestId('editor-settings-state').textContent()).toBe('Saved to your account');
    await screenshot(page, 'editor-settings-dialog');
    // Escape closes it and gives the focus back to the gear.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Editor settings');

    await poll(() => fontSize(page)).toBe('20px');
    await poll(() => editor(page).getAttribute('data-key-bindings')).toBe('vim');
    await poll(() => vimStatus(page)).toContain('--NORMAL--');
  });

  it('edits the Vim way: i, text, Esc, o, dd', async () => {
    await page.locator('[data-testid="code-editor"] .cm-content').click();
    // Empty the document: to the top, delete to the end.
    await page.keyboard.press('Escape');
    await page.keyboard.type('ggdG');
    await poll(() => editorText(page)).toBe('');
    await page.keyboard.type('i');
    await poll(() => vimStatus(page)).toContain('--INSERT--');
    await page.keyboard.type('alpha');
    await page.keyboard.press('Escape');
    await poll(() => vimStatus(page)).toContain('--NORMAL--');
    for (const word of ['bravo', 'charlie']) {
      await page.keyboard.type('o');
      await page.keyboard.type(word);
      await page.keyboard.press('Escape');
    }
    await poll(() => editorText(page)).toBe('alpha\nbravo\ncharlie');
    // Second line, delete it.
    await page.keyboard.type('ggjdd');
    await poll(() => editorText(page)).toBe('alpha\ncharlie');
    // Outside insert mode, keys are commands: x deletes the character under the cursor.
    await page.keyboard.type('ggx');
    await poll(() => editorText(page)).toBe('lpha\ncharlie');
  });

  it('keeps the settings after a reload', async () => {
    await page.reload();
    await page.locator('[data-testid="code-editor"] .cm-line').first().waitFor();
    await poll(() => fontSize(page)).toBe('20px');
    await poll(() => editor(page).getAttribute('data-key-bindings')).toBe('vim');
    await poll(() => vimStatus(page)).toContain('--NORMAL--');
  });

  it('follows the account to another browser (the server remembers them)', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const other = await context.newPage();
      await other.goto(`${stack.url}/login`);
      await other.getByLabel('Email').fill(email);
      await other.getByLabel('Password').fill(PASSWORD);
      await other.getByRole('button', { name: 'Log in' }).click();
      await other.waitForURL((url) => !url.pathname.startsWith('/login'));
      await openProblem(other);
      await poll(() => fontSize(other)).toBe('20px');
      await poll(() => editor(other).getAttribute('data-key-bindings')).toBe('vim');
      expect(await other.evaluate(() => localStorage.getItem('tryout:editor-settings'))).toContain('"vim"');
    } finally {
      await context.close();
    }
  });

  it("keeps a visitor's settings in the browser (Emacs, tab size), then carries them to a new account", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const visitor = await context.newPage();
      await openProblem(visitor);
      expect(await fontSize(visitor)).toBe('14px');
      await visitor.getByRole('button', { name: 'Editor settings' }).click();
      const dialog = visitor.getByRole('dialog', { name: 'Editor settings' });
      await dialog.getByLabel('Font size').fill('16');
      await dialog.getByLabel('Tab size').fill('2');
      await dialog.getByRole('radio', { name: /^Emacs/ }).check();
      expect(await visitor.getByTestId('editor-settings-state').textContent()).toMatch(/^Saved in this browser/);
      await visitor.keyboard.press('Escape');
      await visitor.reload();
      await visitor.locator('[data-testid="code-editor"] .cm-line').first().waitFor();
      await poll(() => fontSize(visitor)).toBe('16px');
      await poll(() => editor(visitor).getAttribute('data-key-bindings')).toBe('emacs');
      await visitor.locator('[data-testid="code-editor"] .cm-emacsMode').waitFor();
      // Emacs keys: Ctrl-e goes to the end of the line, Ctrl-a to its start.
      await visitor.locator('[data-testid="code-editor"] .cm-content').click();
      await visitor.keyboard.press('Control+Home');
      await visitor.keyboard.press('Control+e');
      await visitor.keyboard.type('#E');
      await visitor.keyboard.press('Control+a');
      await visitor.keyboard.type('A#');
      expect((await editorText(visitor)).split('\n')[0]).toMatch(/^A#.*#E$/);
      // Signing up carries them to the new account: with this browser's copy gone, the server has them.
      await visitor.goto(`${stack.url}/register`);
      await visitor.getByLabel('Display name').fill('Settings Visitor');
      await visitor.getByLabel('Email').fill(`visitor-${Date.now()}@tryout.test`);
      await visitor.getByLabel('Password').fill(PASSWORD);
      await visitor.getByRole('button', { name: 'Sign up' }).click();
      await visitor.waitForURL(`${stack.url}/problems`);
      await openProblem(visitor);
      await poll(() => editor(visitor).getAttribute('data-key-bindings')).toBe('emacs');
      await visitor.evaluate(() => localStorage.removeItem('tryout:editor-settings'));
      await visitor.reload();
      await visitor.locator('[data-testid="code-editor"] .cm-line').first().waitFor();
      await poll(() => fontSize(visitor)).toBe('16px');
      await poll(() => editor(visitor).getAttribute('data-key-bindings')).toBe('emacs');
    } finally {
      await context.close();
    }
  });

  it("opens a profile's recent submission on its problem page", async () => {
    await page.locator('[data-testid="code-editor"] .cm-content').click();
    await page.keyboard.press('Escape');
    await page.keyboard.type('ggdGiprint(1)');
    await page.keyboard.press('Escape');
    await page.getByTestId('submit-button').click();
    await page.getByTestId('verdict').waitFor({ timeout: VERDICT_TIMEOUT });
    await page.goto(`${stack.url}/profile`);
    await page.getByTestId('recent-submission-link').first().click();
    await page.waitForURL(/\/problems\/two-sum\?submission=/);
    const modal = page.getByTestId('submission-modal');
    await modal.waitFor();
    expect(await modal.getByTestId('submission-code').locator('.cm-content').textContent()).toBe('print(1)');
    // Closing it leaves the page on the history, without the entry in the address.
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'hidden' });
    await poll(() => new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('history-table').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
