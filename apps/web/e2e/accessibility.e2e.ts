/**
 * axe-core (WCAG 2 A and AA rules) on every page a candidate sees, in both themes, against the
 * real stack. One known exception: CodeMirror's One Dark syntax colours (e.g. #e06c75 on #282c34,
 * 4.4:1) sit just under 4.5:1, so the editor's highlighted code tokens are left out of the scan (the
 * editor itself, its gutters and labels are checked).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations as violations, getStack, launchChromium } from './support';

describe('accessibility', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;

  beforeAll(async () => {
    stack = await getStack(['problems/two-sum', 'problems/lru-cache', 'problems/tree-depth']);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG A/AA violations in the ${colorScheme} theme`, async () => {
      // The app runs under the API's CSP (script-src 'self'); only the injected axe script bypasses it.
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        colorScheme,
        bypassCSP: true,
      });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      try {
        const problemPages = ['/problems/two-sum', '/problems/lru-cache', '/problems/tree-depth'];
        for (const path of ['/problems', ...problemPages, '/login', '/register']) {
          await page.goto(`${stack.url}${path}`);
          if (path === '/problems') await page.getByTestId('catalog-table').getByRole('link').first().waitFor();
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
        }
      } finally {
        await context.close();
      }
      expect(found).toEqual({});
    });
  }
});
