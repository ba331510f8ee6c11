/**
 * axe-core (WCAG 2 A and AA rules) on every page a candidate sees, in both themes, against the
 * real stack, the problem page's hints, its Editorial tab (signed out, locked, revealed) and the
 * editor settings dialog included, and the admin's authoring views (problem list, every tab of the
 * draft editor, a problem's versions).
 * One known exception: CodeMirror's One Dark syntax colours (e.g. #e06c75 on #282c34, 4.4:1) sit just
 * under 4.5:1, so the editor's highlighted code tokens are left out of the scan (the editor itself,
 * its gutters and labels are checked).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations as violations, getStack, launchChromium, ROOT } from './support';

/** A small catalog (a function, a design and a tree problem) with a curated list, so the lists views are scanned too. */
const CATALOG = 'tmp/e2e-accessibility-catalog';

describe('accessibility', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;

  beforeAll(async () => {
    const dir = join(ROOT, CATALOG);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'lists'), { recursive: true });
    mkdirSync(join(dir, 'quizzes'), { recursive: true });
    for (const slug of ['two-sum', 'lru-cache', 'tree-depth'])
      cpSync(join(ROOT, 'problems', slug), join(dir, slug), { recursive: true });
    cpSync(join(ROOT, 'problems', 'quizzes', 'http-semantics.yaml'), join(dir, 'quizzes', 'http-semantics.yaml'));
    writeFileSync(
      join(dir, 'lists', 'starter.yaml'),
      'title: Starter\ndescription: A first list.\nproblems: [two-sum]\n',
    );
    stack = await getStack([CATALOG]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(join(ROOT, CATALOG), { recursive: true, force: true });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG A/AA violations in the ${colorScheme} theme`, async () => {
      // The app runs under the API's CSP (script-src 'self'); only the injected axe script bypasses it.
      const context = await browser.newContext({
        // No transitions (the app respects it): axe must not read a dialog half faded in.
        reducedMotion: 'reduce',
        viewport: { width: 1366, height: 768 },
        colorScheme,
        bypassCSP: true,
      });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      try {
        const problemPages = ['/problems/two-sum', '/problems/lru-cache', '/problems/tree-depth'];
        for (const path of [
          '/problems',
          ...problemPages,
          '/lists',
          '/lists/starter',
          '/quizzes',
          '/quizzes/http-semantics',
          '/login',
          '/register',
        ]) {
          await page.goto(`${stack.url}${path}`);
          if (path === '/problems' || path === '/lists/starter')
            await page.getByTestId('catalog-table').getByRole('link').first().waitFor();
          if (path === '/lists') await page.getByRole('link', { name: 'Starter' }).waitFor();
          if (path === '/quizzes') await page.getByRole('link', { name: /HTTP methods/ }).waitFor();
          if (path === '/quizzes/http-semantics') await page.getByTestId('question-head-method').waitFor();
          if (problemPages.includes(path)) {
            await page.locator('[data-testid="code-editor"] .cm-line').first().waitFor();
            // The newer views too: "How input works" open (design calls, tree picture) and an added, edited case.
            await page.getByRole('button', { name: 'How input works' }).click();
            await page
              .getByTestId('input-help')
              .getByText(/level order|two lines|one JSON value per parameter/)
              .first()
              .waitFor();
            await page.getByTestId('add-case').click();
          }
          if (path === '/login' || path === '/register') await page.getByLabel('Email').waitFor();
          const list = await violations(page);
          if (list.length) found[path] = list;
          if (path === '/problems/two-sum') {
            // The hints collapsed, then all open, then the Editorial tab as anonymous visitors see it.
            await page.getByTestId('show-hint').waitFor();
            const collapsed = await violations(page);
            if (collapsed.length) found[`${path} (hints collapsed)`] = collapsed;
            for (let i = 1; (await page.getByTestId('show-hint').count()) > 0; i++) {
              await page.getByTestId('show-hint').click();
              await page.getByTestId(`hint-${i}`).waitFor();
            }
            const hints = await violations(page);
            if (hints.length) found[`${path} (hints)`] = hints;
            await page.getByTestId('editorial-tab').click();
            await page.getByTestId('editorial-locked').waitFor();
            const locked = await violations(page);
            if (locked.length) found[`${path} (editorial, signed out)`] = locked;
            // The editor settings dialog, opened from the editor's toolbar.
            await page.getByRole('button', { name: 'Editor settings' }).click();
            await page.getByRole('dialog', { name: 'Editor settings' }).waitFor();
            const settings = await violations(page);
            if (settings.length) found[`${path} (editor settings)`] = settings;
            await page.keyboard.press('Escape');
            await page.getByRole('dialog', { name: 'Editor settings' }).waitFor({ state: 'hidden' });
          }
        }
        // Signed in: the locked Editorial tab, its reveal dialog, then the editorial with its code.
        await page.goto(`${stack.url}/register`);
        await page.getByLabel('Display name').fill('Axe Reader');
        await page.getByLabel('Email').fill(`axe-${colorScheme}-${Date.now()}@tryout.test`);
        await page.getByLabel('Password').fill('correct horse battery staple');
        await page.getByRole('button', { name: 'Sign up' }).click();
        await page.waitForURL(`${stack.url}/problems`);
        await page.goto(`${stack.url}/problems/two-sum`);
        await page.getByTestId('editorial-tab').click();
        await page.getByTestId('reveal-editorial').waitFor();
        const locked = await violations(page);
        if (locked.length) found['/problems/two-sum (editorial, locked)'] = locked;
        await page.getByTestId('reveal-editorial').click();
        await page.getByTestId('confirm-reveal').waitFor();
        const dialog = await violations(page);
        if (dialog.length) found['/problems/two-sum (reveal dialog)'] = dialog;
        await page.getByTestId('confirm-reveal').click();
        await page.getByTestId('editorial-solutions').waitFor();
        const editorial = await violations(page);
        if (editorial.length) found['/problems/two-sum (editorial)'] = editorial;
        // The mock interview setup page, signed in (presets, the custom form and the empty history).
        await page.goto(`${stack.url}/mock`);
        await page.getByTestId('mock-preset-two-mediums').waitFor();
        await page.getByText('None yet.').waitFor();
        const mock = await violations(page);
        if (mock.length) found['/mock'] = mock;
      } finally {
        await context.close();
      }
      expect(found).toEqual({});
    });

    it(`the admin's authoring views have no WCAG A/AA violations in the ${colorScheme} theme`, async () => {
      const context = await browser.newContext({
        // No transitions (the app respects it): axe must not read a dialog half faded in.
        reducedMotion: 'reduce',
        viewport: { width: 1366, height: 768 },
        colorScheme,
        bypassCSP: true,
      });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      const scan = async (name: string) => {
        const list = await violations(page);
        if (list.length) found[name] = list;
      };
      try {
        await page.goto(`${stack.url}/login?next=%2Fadmin%2Fproblems`);
        await page.getByLabel('Email').fill(stack.admin.email);
        await page.getByLabel('Password').fill(stack.admin.password);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByTestId('authoring-row-two-sum').waitFor();
        await scan('/admin/problems');
        // A draft of a published problem: every tab of the editor, the statement with its preview.
        await page.getByTestId('authoring-row-two-sum').getByTestId('edit-problem').click();
        await page.waitForURL(/\/admin\/drafts\//);
        await page.getByTestId('draft-title').waitFor();
        await scan('draft: details');
        await page.getByRole('tab', { name: 'Statement' }).click();
        await page.getByTestId('statement-preview').getByRole('heading', { level: 1 }).waitFor();
        await scan('draft: statement and preview');
        await page.getByRole('tab', { name: /Signature/ }).click();
        await page.locator('[data-testid="starter-editor"] .cm-content').waitFor();
        await scan('draft: signature and starters');
        await page.getByTestId('tests-tab').click();
        await page.getByTestId('tests-table').waitFor();
        await scan('draft: tests');
        await page.getByTestId('solutions-tab').click();
        await page.locator('[data-testid="solution-editor-0"] .cm-content').waitFor();
        await scan('draft: solutions');
        await page.getByRole('tab', { name: 'Editorial & hints' }).click();
        await page.getByTestId('editorial-input').waitFor();
        await scan('draft: editorial and hints');
        await page.goto(`${stack.url}/admin/problems`);
        await page.getByTestId('authoring-row-two-sum').getByRole('link', { name: 'Two Sum', exact: true }).click();
        await page.getByTestId('versions-table').waitFor();
        await scan('/admin/problems/:id');
      } finally {
        await context.close();
      }
      expect(found).toEqual({});
    });
  }
});
