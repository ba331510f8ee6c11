/**
 * The catalog in Chromium against the real stack with the whole problems/ folder (and its
 * lists/ and quizzes/): sortable headers, Pick one, the lists view, favourites, two quizzes (HTTP, security), the 390 px header, plain form
 * errors and a console without errors for an anonymous visitor. Screenshots of the narrow header
 * land in artifacts/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getStack, launchChromium, screenshot } from './support';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

interface Summary {
  slug: string;
  title: string;
  number: number;
}

describe('catalog in the browser', () => {
  let stack: Awaited<ReturnType<typeof getStack>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const email = `catalog-${Date.now()}@tryout.test`;
  const password = 'correct horse battery staple';

  async function apiGet<T>(path: string): Promise<T> {
    const res = await fetch(`${stack.url}${path}`);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  const numbers = () => page.getByTestId('problem-number').allTextContents();

  beforeAll(async () => {
    stack = await getStack(['problems']);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    const path = await screenshot(page, `failure-catalog-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`screenshot: ${path}\nconsole: ${JSON.stringify(consoleErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('logs no console error and asks for no refresh on an anonymous visit', async () => {
    const refreshes: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/auth/refresh')) refreshes.push(r.url());
    });
    for (const path of ['/problems', '/lists', '/quizzes', '/quizzes/http-semantics', '/problems/two-sum', '/login']) {
      await page.goto(`${stack.url}${path}`);
      await page.getByRole('link', { name: 'Log in' }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(refreshes).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('sorts by a clicked header, with aria-sort and the state in the URL', async () => {
    await page.goto(`${stack.url}/problems`);
    const table = page.getByTestId('catalog-table');
    await table.getByRole('link').first().waitFor();
    const numberHeader = table.locator('th', { has: page.getByTestId('sort-number') });
    const titleHeader = table.locator('th', { has: page.getByTestId('sort-title') });
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await numberHeader.getAttribute('aria-sort')).toBe('none');

    await page.getByTestId('sort-number').click();
    await page.waitForURL(/[?&]sort=number&order=asc/);
    await poll(numbers).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(await numberHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await titleHeader.getAttribute('aria-sort')).toBe('none');

    const { total } = await apiGet<{ total: number }>('/api/problems?pageSize=1');
    await page.getByTestId('sort-number').click();
    await page.waitForURL(/[?&]sort=number&order=desc/);
    await poll(numbers).toEqual(Array.from({ length: 20 }, (_, i) => String(total - i)));
    expect(await numberHeader.getAttribute('aria-sort')).toBe('descending');

    // Back restores the previous order from the URL.
    await page.goBack();
    await poll(numbers).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('"Pick one" opens a random problem matching the filters', async () => {
    const hard = await apiGet<{ items: Summary[] }>('/api/problems?difficulty=hard&pageSize=100');
    const hardSlugs = hard.items.map((p) => p.slug);
    expect(hardSlugs.length).toBeGreaterThan(1);
    for (let i = 0; i < 2; i++) {
      await page.goto(`${stack.url}/problems?difficulty=hard&tags=dynamic-programming`);
      await page.getByTestId('catalog-table').getByRole('link').first().waitFor();
      await page.getByTestId('pick-one').click();
      await page.waitForURL(/\/problems\/[a-z0-9-]+$/);
      const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
      expect(hardSlugs).toContain(slug);
      const detail = await apiGet<{ tags: string[] }>(`/api/problems/${slug}`);
      expect(detail.tags).toContain('dynamic-programming');
    }
  });

  it('moves a page past the last one to the last page, with the list, count and pagination agreeing', async () => {
    const { total } = await apiGet<{ total: number }>('/api/problems?pageSize=1');
    const last = Math.ceil(total / 20);
    const expected = await apiGet<{ items: Summary[] }>(`/api/problems?page=${last}&pageSize=20`);
    await page.goto(`${stack.url}/problems`);
    await page.getByTestId('catalog-table').getByRole('link').first().waitFor();
    await page.goto(`${stack.url}/problems?page=999`);
    await page.waitForURL(new RegExp(`[?&]page=${last}$`));
    const table = page.getByTestId('catalog-table');
    await poll(() => table.getByRole('link').allTextContents()).toEqual(expected.items.map((p) => p.title));
    expect(await table.getByText('No problem matches these filters.').count()).toBe(0);
    expect(await page.getByRole('button', { name: `Page ${last}`, exact: true }).getAttribute('data-active')).toBe(
      'true',
    );
    // Replaced, not pushed: Back skips the out-of-range page.
    await page.goBack();
    await page.waitForURL(`${stack.url}/problems`);
  });

  it('"Pick one" with no match says so, without a failed request or a console error', async () => {
    const errorsBefore = consoleErrors.length;
    const statuses: number[] = [];
    const onResponse = (r: { url(): string; status(): number }) => {
      if (r.url().includes('/api/random-problem')) statuses.push(r.status());
    };
    page.on('response', onResponse);
    await page.goto(`${stack.url}/problems?q=qwxzvbnmplk`);
    await page.getByTestId('catalog-table').getByText('No problem matches these filters.').waitFor();
    await page.getByTestId('pick-one').click();
    await poll(() => page.getByTestId('pick-none').textContent()).toContain('No problem matches these filters');
    page.off('response', onResponse);
    expect(statuses).toEqual([200]);
    expect(new URL(page.url()).pathname).toBe('/problems');
    expect(consoleErrors.slice(errorsBefore)).toEqual([]);
  });

  it('shows the curated lists and one list in its order', async () => {
    await page.goto(`${stack.url}/lists`);
    const cards = page.getByTestId('lists').getByRole('article');
    const lists = await apiGet<unknown[]>('/api/lists');
    expect(lists.length).toBeGreaterThanOrEqual(3);
    await poll(() => cards.count()).toBe(lists.length);
    await page.getByRole('link', { name: 'Backend track' }).click();
    await page.waitForURL(`${stack.url}/lists/backend-track`);
    await page.getByRole('heading', { name: 'Backend track', level: 1 }).waitFor();
    const list = await apiGet<{ problems: Summary[] }>('/api/lists/backend-track');
    const table = page.getByTestId('catalog-table');
    await poll(() => table.getByRole('link').allTextContents()).toEqual(list.problems.map((p) => p.title));
    // The catalog's list filter keeps the same order.
    await page.getByRole('link', { name: 'Open in the catalog' }).click();
    await page.waitForURL(/\/problems\?list=backend-track/);
    await poll(() => table.getByRole('link').allTextContents()).toEqual(list.problems.slice(0, 20).map((p) => p.title));
  });

  it('flags the empty and malformed e-mail in plain words', async () => {
    await page.goto(`${stack.url}/register`);
    await page.getByRole('button', { name: 'Sign up' }).click();
    const emailBox = page.getByLabel('Email');
    await poll(() => emailBox.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Enter your e-mail address.').waitFor();
    await emailBox.fill('not-an-email');
    await page.getByText('Enter an e-mail address like name@example.com.').waitFor();
    expect(await page.getByText('email must be an email').count()).toBe(0);
  });

  it('stars problems and filters the catalog by favourites', async () => {
    await page.getByLabel('Display name').fill('Catalog Fan');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/problems`);
    const table = page.getByTestId('catalog-table');
    await table.getByRole('link').first().waitFor();
    for (const title of ['Two Sum', 'LRU Cache']) {
      await page.getByTestId('catalog-search').fill(title);
      await poll(() => table.getByRole('link').first().textContent()).toBe(title);
      const star = page.getByRole('button', { name: `Add ${title} to favourites` });
      await star.click();
      await poll(() =>
        page.getByRole('button', { name: `Remove ${title} from favourites` }).getAttribute('aria-pressed'),
      ).toBe('true');
    }
    await page.goto(`${stack.url}/problems`);
    await page.getByTestId('filter-favourites').click();
    await page.waitForURL(/[?&]favourites=true/);
    await poll(() => table.getByRole('link').allTextContents()).toEqual(['LRU Cache', 'Two Sum']);
  });

  it('takes a quiz: each answer checked at once and explained, progress on the profile', async () => {
    await page.goto(`${stack.url}/quizzes`);
    await page.getByRole('link', { name: 'HTTP methods, status codes and idempotency' }).click();
    await page.waitForURL(`${stack.url}/quizzes/http-semantics`);
    await poll(() => page.getByTestId('quiz-score').textContent()).toBe('0 of 10 answered · 0 right');
    // Nothing of the key is on the page before answering.
    expect(await page.getByTestId('result-idempotent-methods').count()).toBe(0);

    const multiple = page.getByTestId('question-idempotent-methods');
    await multiple.getByRole('checkbox', { name: 'GET' }).check();
    await multiple.getByRole('button', { name: 'Check answer' }).click();
    const wrong = page.getByTestId('result-idempotent-methods');
    await wrong.getByText('Not quite').waitFor();
    await wrong.getByText(/lets a client or proxy retry safely/).waitFor();
    expect(await multiple.locator('svg[aria-label="right answer"]').count()).toBe(3);
    expect(await multiple.locator('svg[aria-label="your answer, wrong"]').count()).toBe(0);

    await multiple.getByRole('button', { name: 'Answer again' }).click();
    for (const name of ['GET', 'PUT', 'DELETE']) await multiple.getByRole('checkbox', { name }).check();
    await multiple.getByRole('button', { name: 'Check answer' }).click();
    await page.getByTestId('result-idempotent-methods').getByText('Right').waitFor();

    const short = page.getByTestId('question-created-status');
    await short.getByRole('textbox').fill('201');
    await short.getByRole('textbox').press('Enter');
    await page.getByTestId('result-created-status').getByText('Right').waitFor();
    await poll(() => page.getByTestId('quiz-score').textContent()).toBe('2 of 10 answered · 2 right');
    await screenshot(page, 'quiz-answered');

    await page.reload();
    await poll(() => page.getByTestId('quiz-score').textContent()).toBe('2 of 10 answered · 2 right');
    await page.goto(`${stack.url}/profile`);
    await page.getByTestId('quiz-progress').getByText('2 of 10 right').waitFor();
  });

  it('takes the security quiz: a wrong choice is explained, then the right one confirmed', async () => {
    await page.goto(`${stack.url}/quizzes`);
    await page.getByRole('link', { name: 'Web vulnerabilities' }).click();
    await page.waitForURL(`${stack.url}/quizzes/web-vulnerabilities`);
    await poll(() => page.getByTestId('quiz-score').textContent()).toMatch(/^0 of \d+ answered · 0 right$/);
    expect(await page.getByTestId('result-parameterised-query').count()).toBe(0);
    const question = page.getByTestId('question-parameterised-query');
    await question.getByRole('radio', { name: /contain the word DROP/ }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    const result = page.getByTestId('result-parameterised-query');
    await result.getByText('Not quite').waitFor();
    await result.getByText(/sends the SQL text and the values separately/).waitFor();
    await question.getByRole('button', { name: 'Answer again' }).click();
    await question.getByRole('radio', { name: /email = \$1/ }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await page.getByTestId('result-parameterised-query').getByText('Right').waitFor();
    await poll(() => page.getByTestId('quiz-score').textContent()).toMatch(/^1 of \d+ answered · 1 right$/);
    await screenshot(page, 'quiz-security');
  });

  it('fits the header into 390 px: sign-up visible, navigation and account menu reachable', async () => {
    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
    const phone = await narrow.newPage();
    try {
      await phone.goto(`${stack.url}/problems`);
      const signUp = phone.getByRole('link', { name: 'Sign up' });
      await signUp.waitFor();
      for (const name of ['Sign up', 'Log in']) {
        const box = await phone.getByRole('link', { name }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, name).toBeLessThanOrEqual(390);
      }
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone, 'header-390-signed-out');

      // Signed in: the account menu opens and its items are on screen.
      await phone.goto(`${stack.url}/login`);
      await phone.getByLabel('Email').fill(email);
      await phone.getByLabel('Password').fill(password);
      await phone.getByRole('button', { name: 'Log in' }).click();
      await phone.waitForURL(`${stack.url}/problems`);
      const account = phone.getByTestId('user-menu');
      await account.waitFor();
      const box = await account.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      await account.click();
      const logOut = phone.getByRole('menuitem', { name: 'Log out' });
      await logOut.waitFor();
      const logOutBox = await logOut.boundingBox();
      expect(logOutBox!.x + logOutBox!.width).toBeLessThanOrEqual(390);
      await screenshot(phone, 'header-390-account-menu');
      await phone.keyboard.press('Escape');
      await phone.getByRole('button', { name: 'Navigation menu' }).click();
      await phone.getByRole('menuitem', { name: 'Lists' }).click();
      await phone.waitForURL(`${stack.url}/lists`);
    } finally {
      await narrow.close();
    }
  });
});
