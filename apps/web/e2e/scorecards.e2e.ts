/**
 * Notes and scorecards in Chromium against the real stack: the admin adds a scorecard template in
 * the admin area; during a live session the interviewer writes a note (stamped with the session
 * time by the server, seeking the playback at that moment), picks the template, fills and
 * submits a scorecard; the report (on screen, in print and through the share link) shows both.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';
import {
  expectAccessible,
  createInterviewer,
  ensureWebBuild,
  launchChromium,
  openParticipant,
  recordForeignRequests,
  reportFailure,
  ROOT,
  screenshot,
} from './support';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });

describe('notes and scorecards in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let admin: Page;
  let interviewer: Page;
  let sessionId = '';
  const foreign: string[][] = [];
  const pageErrors: string[] = [];
  const account = { email: `sc-${Date.now()}@tryout.test`, password: 'interviewer-password-e2e' };

  const api = async (path: string, method: string, body: unknown, token?: string) => {
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return (await res.json()) as Record<string, string>;
  };
  const logIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${stack.url}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('user-menu').waitFor();
  };

  beforeAll(async () => {
    await ensureWebBuild();
    stack = await startStack({ problems: [join(ROOT, 'problems/two-sum')] });
    await createInterviewer(stack, account);
    browser = await launchChromium();
    // bypassCSP: the accessibility checks inject axe-core.
    admin = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1280, height: 900 }, bypassCSP: true },
      foreign,
      pageErrors,
    );
    interviewer = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1280, height: 1000 }, bypassCSP: true },
      foreign,
      pageErrors,
    );
  }, 600_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await reportFailure('scorecards', { admin, interviewer }, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the admin adds a scorecard template', async () => {
    await logIn(admin, stack.admin.email, stack.admin.password);
    await admin.goto(`${stack.url}/admin/scorecards`);
    // The default template ships with the migrations.
    await admin.getByRole('heading', { name: 'Coding interview' }).waitFor();
    await admin.getByTestId('new-template').click();
    const form = admin.getByTestId('template-form');
    await form.getByLabel('Template name').fill('Backend screen');
    await form.getByLabel('Criterion 1', { exact: true }).fill('API design');
    await form.getByLabel('What a strong answer shows').first().fill('Clear contracts, sensible errors');
    await form.getByRole('button', { name: 'Add criterion' }).click();
    await form.getByLabel('Criterion 2', { exact: true }).fill('Testing');
    await expectAccessible(admin);
    await form.getByRole('button', { name: 'Save template' }).click();
    await admin.getByRole('heading', { name: 'Backend screen' }).waitFor();
    expect(await admin.getByTestId('template-form').count()).toBe(0);
    await screenshot(admin, 'admin-scorecard-templates');
  });

  it('the interviewer writes a note stamped with the session time', async () => {
    const { accessToken } = await api('/api/auth/login', 'POST', account);
    const created = (await api(
      '/api/interviews',
      'POST',
      {
        title: 'Scorecard screen',
        problems: ['two-sum'],
        durationMinutes: 30,
        languages: ['python'],
        candidateName: 'Casey',
        candidateEmail: 'casey@example.com',
      },
      accessToken,
    )) as unknown as { interview: { id: string }; inviteToken: string };
    sessionId = created.interview.id;
    const guest = await api('/api/interview-invites/redeem', 'POST', { token: created.inviteToken });
    await api('/api/interview/session/start', 'POST', {}, guest.accessToken);

    await logIn(interviewer, account.email, account.password);
    await interviewer.goto(`${stack.url}/interviews/${sessionId}`);
    await interviewer.getByTestId('interview-notes').fill('Reads the **constraints** before coding');
    await interviewer.getByRole('button', { name: 'Add note' }).click();
    const entry = interviewer.getByTestId('note-entry');
    await poll(() => entry.count()).toBe(1);
    // Rendered Markdown, and the time the server stamped; on this page a click seeks the playback.
    expect(await entry.locator('strong').textContent()).toBe('constraints');
    const time = entry.getByTestId('note-time');
    const label = (await time.textContent()) ?? '';
    expect(label).toMatch(/^0\d:\d\d$/);
    await time.click();
    await poll(async () => (await interviewer.getByTestId('playback-time').textContent())?.split(' / ')[0]).toBe(label);
  });

  it('the interviewer picks the template and submits a scorecard', async () => {
    const panel = interviewer.getByTestId('scorecard-panel');
    await panel.getByLabel('Scorecard template').click();
    await interviewer.getByRole('option', { name: 'Backend screen' }).click();
    const criteria = panel.getByTestId('scorecard-criterion');
    await poll(() => criteria.count()).toBe(2);
    await criteria.nth(0).getByText('3 Good').click();
    await criteria.nth(0).getByLabel('API design comment').fill('Clean endpoints; forgot pagination');
    await criteria.nth(1).getByText('4 Excellent').click();
    expect(await panel.getByRole('button', { name: 'Submit scorecard' }).isDisabled()).toBe(true);
    await panel.getByText('Strong yes').click();
    await screenshot(interviewer, 'interview-scorecard-form');
    await expectAccessible(interviewer);
    await panel.getByRole('button', { name: 'Submit scorecard' }).click();
    const view = panel.getByTestId('scorecard-view');
    await view.waitFor();
    expect(await view.textContent()).toContain('Your scorecard');
    expect(await view.getByTestId('scorecard-recommendation').textContent()).toBe('Strong yes');
    expect(await panel.getByTestId('scorecard-form').count()).toBe(0);
  });

  it('the report shows the note with its time and the scorecard; so do print and the share link', async () => {
    await interviewer.goto(`${stack.url}/interviews/${sessionId}/report`);
    const report = interviewer.getByTestId('interview-report');
    await report.waitFor();
    const note = report.getByTestId('report-note');
    expect(await note.textContent()).toContain('Reads the constraints before coding');
    const noteTime = note.getByTestId('note-time');
    const label = (await noteTime.textContent()) ?? '';
    expect(label).toMatch(/^0\d:\d\d$/);
    // On the report the time links to the report's playback at that moment, and seeks it.
    expect(await noteTime.getAttribute('href')).toMatch(new RegExp(`^/interviews/${sessionId}/report\\?t=\\d+$`));
    await noteTime.click();
    await poll(async () => (await interviewer.getByTestId('playback-time').textContent())?.split(' / ')[0]).toBe(label);
    const card = report.getByTestId('report-scorecards').getByTestId('scorecard-view');
    expect(await card.textContent()).toContain('Ivy Interviewer · Backend screen');
    expect(await card.getByTestId('scorecard-score').allTextContents()).toEqual(['3/4 (Good)', '4/4 (Excellent)']);
    expect(await card.textContent()).toContain('Clean endpoints; forgot pagination');
    expect(await card.getByTestId('scorecard-recommendation').textContent()).toBe('Strong yes');

    await interviewer.emulateMedia({ media: 'print' });
    expect(await interviewer.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await card.isVisible()).toBe(true);
    await screenshot(interviewer, 'interview-report-scorecard-print');
    await interviewer.emulateMedia({ media: 'screen' });

    await interviewer.goto(`${stack.url}/interviews/${sessionId}`);
    await interviewer.getByRole('button', { name: 'Share report link' }).click();
    const shareLink = (await interviewer.getByTestId('share-link').textContent()) ?? '';
    const hiringTeam = await browser.newContext();
    foreign.push(recordForeignRequests(hiringTeam, stack.url));
    const page = await hiringTeam.newPage();
    await page.goto(shareLink);
    await page.getByTestId('interview-report').waitFor();
    expect(await page.getByTestId('scorecard-recommendation').textContent()).toBe('Strong yes');
    // Read-only: the note's time is text, not a link to the interviewers' pages; the hiring team
    // has the playback on the shared report itself.
    const sharedTime = page.getByTestId('report-note').getByTestId('note-time');
    expect(await sharedTime.textContent()).toMatch(/^0\d:\d\d$/);
    expect(await sharedTime.getAttribute('href')).toBeNull();
    await poll(() => page.getByTestId('playback-time').textContent()).toMatch(/^\d\d:\d\d \/ \d\d:\d\d$/);
    await hiringTeam.close();
  });

  it('loaded nothing from other hosts and threw no page errors', () => {
    expect(foreign.flat()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
