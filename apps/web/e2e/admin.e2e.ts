/**
 * An admin in Chromium against the real stack: finds a user by search, makes them an interviewer,
 * disables them (their open session in another browser is refused), re-enables them, and reads
 * the three entries in the audit log. A non-admin sees neither the nav entry nor the area.
 * Screenshots of the users page and the audit log land in artifacts/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';
import { ensureWebBuild, launchChromium, recordForeignRequests, screenshot } from './support';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('admin area in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let adminContext: BrowserContext;
  let userContext: BrowserContext;
  let admin: Page;
  let user: Page;
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const email = `erin-${Date.now()}@tryout.test`;
  const password = 'erin-password-1234';

  beforeAll(async () => {
    await ensureWebBuild();
    stack = await startStack({ problems: [] });
    browser = await launchChromium();
    adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    userContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    for (const context of [adminContext, userContext]) foreign.push(...recordForeignRequests(context, stack.url));
    admin = await adminContext.newPage();
    user = await userContext.newPage();
    for (const page of [admin, user]) {
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !admin) return;
    const path = await screenshot(admin, `failure-admin-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`screenshot: ${path}\npage errors: ${JSON.stringify(pageErrors)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('a candidate signs up and finds no admin area', async () => {
    await user.goto(`${stack.url}/register`);
    await user.getByLabel('Display name').fill('Erin');
    await user.getByLabel('Email').fill(email);
    await user.getByLabel('Password').fill(password);
    await user.getByRole('button', { name: 'Sign up' }).click();
    await user.getByTestId('user-menu').waitFor();
    expect(await user.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await user.goto(`${stack.url}/admin/users`);
    await user.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    expect(await user.getByTestId('users-table').count()).toBe(0);
  });

  it('the admin finds the user by search and makes them an interviewer', async () => {
    await admin.goto(`${stack.url}/login`);
    await admin.getByLabel('Email').fill(stack.admin.email);
    await admin.getByLabel('Password').fill(stack.admin.password);
    await admin.getByRole('button', { name: 'Log in' }).click();
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await admin.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
    expect(new URL(admin.url()).pathname).toBe('/admin/users');

    await admin.getByTestId('user-search').fill('erin-');
    const row = admin.getByTestId(`user-row-${email}`);
    await poll(() => admin.locator('[data-testid^="user-row-"]').count()).toBe(1);
    await row.waitFor();
    await row.getByLabel(`Role of ${email}`).click();
    await admin.getByRole('option', { name: 'interviewer', exact: true }).click();
    // The select shows the stored role: the list is refetched after the change.
    await poll(() => row.getByLabel(`Role of ${email}`).inputValue()).toBe('interviewer');
  });

  it('disabling refuses the open session of the user at once; enabling lets them log in again', async () => {
    const row = admin.getByTestId(`user-row-${email}`);
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('disabled', { exact: true }).waitFor();
    await screenshot(admin, 'admin-users');

    // Their tab still holds an unexpired access token; the next request is refused and they are signed out.
    await user.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await poll(() => new URL(user.url()).pathname).toBe('/login');
    await user.getByLabel('Email').fill(email);
    await user.getByLabel('Password').fill(password);
    await user.getByRole('button', { name: 'Log in' }).click();
    await user.getByRole('alert').filter({ hasText: 'disabled' }).waitFor();

    await row.getByRole('button', { name: 'Enable' }).click();
    await row.getByText('active', { exact: true }).waitFor();
    await user.getByRole('button', { name: 'Log in' }).click();
    await user.getByTestId('user-menu').waitFor();
  });

  it('the audit log shows who did what to whom, filterable by action', async () => {
    await admin.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Audit log' }).click();
    await admin.getByLabel('Target').fill(email);
    const rows = admin.getByTestId('audit-row');
    await poll(() => rows.count()).toBe(3);
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain('user.enabled');
    expect(texts[1]).toContain('user.disabled');
    expect(texts[2]).toContain('user.role_changed');
    expect(texts[2]).toContain('candidate → interviewer');
    for (const text of texts) expect(text).toContain(stack.admin.email);
    await screenshot(admin, 'admin-audit');

    await admin.getByRole('textbox', { name: 'Action' }).click();
    await admin.getByRole('option', { name: 'user.disabled', exact: true }).click();
    await poll(() => rows.count()).toBe(1);

    await admin.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Queue' }).click();
    await admin.getByTestId('queue-count-failed').waitFor();
    await poll(() => admin.getByTestId('queue-count-failed').textContent()).toBe('0');
    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
