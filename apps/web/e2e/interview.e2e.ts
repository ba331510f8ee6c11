/**
 * A whole interview in two browser contexts against the real stack (api + worker + Docker): the
 * interviewer creates a session in the form; the candidate opens the invite link without an
 * account, sees the ready page, starts, runs and submits; the interviewer sees the verdict live,
 * writes notes and shortens the time to nothing; the candidate's last code is submitted and
 * judged; the report (and its share link) shows all of it.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';
import {
  createInterviewer,
  ensureWebBuild,
  launchChromium,
  openParticipant,
  reportFailure,
  ROOT,
  screenshot,
  setEditorCode,
} from './support';

const ACCEPTED = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;
// What the candidate leaves in the editor when time runs out: judged automatically.
const LAST_CODE = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [0, 1]
`;

const VERDICT_TIMEOUT = 150_000;
const poll = <T>(fn: () => Promise<T> | T, timeout = 20_000) => expect.poll(fn, { timeout, interval: 200 });

describe('an interview in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let interviewer: Page;
  let candidate: Page;
  let sessionUrl = '';
  let inviteLink = '';
  const foreign: string[][] = [];
  const pageErrors: string[] = [];
  const account = { email: `iv-${Date.now()}@tryout.test`, password: 'interviewer-password-e2e' };

  beforeAll(async () => {
    await ensureWebBuild();
    stack = await startStack({ problems: [join(ROOT, 'problems/two-sum'), join(ROOT, 'problems/valid-brackets')] });
    await createInterviewer(stack, account);
    browser = await launchChromium();
    interviewer = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1280, height: 900 } },
      foreign,
      pageErrors,
    );
    candidate = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1440, height: 900 } },
      foreign,
      pageErrors,
    );
    // A web build, a stack and a CLI run: on a shared, loaded machine this outlasts the default hook timeout.
  }, 600_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await reportFailure('interview', { interviewer, candidate }, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the interviewer creates a session with a problem from the catalog', async () => {
    await interviewer.goto(`${stack.url}/login`);
    await interviewer.getByLabel('Email').fill(account.email);
    await interviewer.getByLabel('Password').fill(account.password);
    await interviewer.getByRole('button', { name: 'Log in' }).click();
    await interviewer.getByRole('link', { name: 'Interviews' }).click();
    await interviewer.getByRole('link', { name: 'New interview' }).click();
    await interviewer.getByLabel('Title').fill('Backend screen');
    await interviewer.getByTestId('problem-picker').click();
    await interviewer.getByRole('option', { name: 'Two Sum (easy)' }).click();
    await interviewer.keyboard.press('Escape');
    await interviewer.getByLabel('Duration (minutes)').fill('30');
    await interviewer.getByLabel('Candidate name').fill('Casey');
    await interviewer.getByLabel('Candidate e-mail').fill('casey@example.com');
    await interviewer.getByRole('button', { name: 'Create interview' }).click();
    await interviewer.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    sessionUrl = interviewer.url();
    inviteLink = (await interviewer.getByTestId('invite-link').textContent()) ?? '';
    expect(inviteLink).toMatch(/\/interview\/join#[A-Za-z0-9_-]{43}$/);
    expect(await interviewer.getByTestId('interview-status').textContent()).toBe('scheduled');
  });

  it('the candidate opens the link without an account and sees the ready page', async () => {
    await candidate.goto(inviteLink);
    await candidate.getByRole('heading', { name: 'Before you start' }).waitFor();
    expect(await candidate.getByText('Welcome, Casey.').count()).toBe(1);
    // A focused page: no catalog navigation.
    expect(await candidate.getByRole('link', { name: 'Problems' }).count()).toBe(0);
    await screenshot(candidate, 'interview-ready');
    await candidate.getByTestId('start-interview').click();
    await candidate.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await poll(() => candidate.getByTestId('interview-clock').textContent()).toMatch(/^(29|30):\d\d$/);
    // The statement as on the practice page: the title once, the limits of the chosen language.
    const statement = candidate.getByTestId('interview-statement');
    expect(await statement.getByRole('heading', { name: /Two Sum/ }).count()).toBe(1);
    expect(await statement.getByTestId('limits').textContent()).toMatch(
      /^Time limit .+ in Python 3 .*· Memory limit \d+ MB$/,
    );
  });

  it('the clock survives a reload (it comes from the server)', async () => {
    await candidate.reload();
    await candidate.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await poll(() => candidate.getByTestId('interview-clock').textContent()).toMatch(/^(29|30):\d\d$/);
  });

  it('the candidate runs and submits; the interviewer sees the verdict live', async () => {
    await setEditorCode(candidate, ACCEPTED);
    await candidate.getByRole('button', { name: 'Run' }).click();
    await candidate.getByTestId('verdict').waitFor({ timeout: VERDICT_TIMEOUT });
    await poll(() => candidate.getByTestId('verdict').textContent(), VERDICT_TIMEOUT).toBe('Accepted');
    // The run's input names the parameters, as on the practice page.
    await poll(() => candidate.getByTestId('interview-result').textContent()).toContain('nums =');
    await candidate.getByRole('button', { name: 'Submit' }).click();
    await poll(async () => {
      const text = await candidate.getByTestId('verdict').textContent();
      return text === 'Accepted' && (await candidate.getByTestId('test-chip').count()) > 2;
    }, VERDICT_TIMEOUT).toBe(true);
    await screenshot(candidate, 'interview-candidate');

    const rows = interviewer.getByTestId('interview-submissions').locator('tbody tr');
    await poll(() => rows.count()).toBe(2);
    await poll(() => rows.allTextContents()).toEqual([
      expect.stringMatching(/run.*Accepted/),
      expect.stringMatching(/submit.*Accepted/),
    ]);
    await interviewer.getByTestId('interview-notes').fill('Explained the **hash map** idea clearly.');
    await interviewer.getByRole('button', { name: 'Add note' }).click();
    await poll(() => interviewer.getByTestId('note-entry').count()).toBe(1);
    await screenshot(interviewer, 'interview-interviewer');
  });

  it('time runs out: the last code is submitted and judged, and the candidate sees the end', async () => {
    await setEditorCode(candidate, LAST_CODE);
    await poll(() => candidate.getByTestId('autosave-state').textContent()).toBe('Saved');
    await interviewer.getByLabel('Minutes (negative shortens)').fill('-60');
    await interviewer.getByLabel('Reason').fill('time is up for the demo');
    await interviewer.getByRole('button', { name: 'Change time' }).click();
    await poll(() => interviewer.getByTestId('interview-status').textContent()).toBe('ended');

    await candidate.getByTestId('interview-ended').waitFor();
    expect(await candidate.getByRole('heading', { name: 'The interview is over' }).count()).toBe(1);
    await screenshot(candidate, 'interview-ended');

    const rows = interviewer.getByTestId('interview-submissions').locator('tbody tr');
    await poll(() => rows.count()).toBe(3);
    await poll(() => rows.nth(2).textContent(), VERDICT_TIMEOUT).toMatch(/submit \(at the end\).*Wrong Answer/);
    // The end screen follows the final submission to its verdict, named by the problem's title.
    await poll(() => candidate.getByTestId('interview-ended').textContent(), VERDICT_TIMEOUT).toContain(
      'Two Sum (submitted at the end)Wrong Answer',
    );
  });

  it('the report shows the final code, every run and submit, and the notes; so does its share link', async () => {
    await interviewer.goto(`${sessionUrl}/report`);
    const report = interviewer.getByTestId('interview-report');
    await report.waitFor();
    const problem = interviewer.getByTestId('report-problem-1');
    expect(await problem.getByTestId('final-code').textContent()).toBe(LAST_CODE);
    expect(await problem.textContent()).toContain('1 run · 2 submits');
    expect(await problem.locator('tbody tr').count()).toBe(3);
    expect(await report.textContent()).toContain('Explained the hash map idea clearly.');
    expect(await report.textContent()).toContain('-60 min by Ivy Interviewer: time is up for the demo');
    // Passed tests, not tests run; the real start, end and duration besides the plan.
    const tests = await problem.getByTestId('report-tests').allTextContents();
    expect(tests).toHaveLength(3);
    for (const x of tests) expect(x).toMatch(/^\d+\/\d+ passed$/);
    expect(tests[2]).not.toMatch(/^(\d+)\/\1 passed$/); // the final Wrong Answer passed only some
    expect(await interviewer.getByTestId('report-times').textContent()).toMatch(
      /^Started .+ · ended .+ · lasted (\d+ min )?\d+ s \(planned 30 minutes, \d+ with time changes\) · ended$/,
    );
    expect(await report.textContent()).toContain('casey@example.com');
    // The playback keeps to the report's column.
    const column = await report.boundingBox();
    const playback = await interviewer.getByTestId('report-playback').boundingBox();
    expect(playback!.width).toBeLessThanOrEqual(column!.width + 1);
    await interviewer.emulateMedia({ media: 'print' });
    expect(await interviewer.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await screenshot(interviewer, 'interview-report-print');
    await interviewer.emulateMedia({ media: 'screen' });

    await interviewer.goto(sessionUrl);
    await interviewer.getByRole('button', { name: 'Share report link' }).click();
    const shareLink = (await interviewer.getByTestId('share-link').textContent()) ?? '';
    const hiringTeam = await browser.newContext();
    const page = await hiringTeam.newPage();
    await page.goto(shareLink);
    await page.getByTestId('interview-report').waitFor();
    expect(await page.getByTestId('final-code').textContent()).toBe(LAST_CODE);
    await hiringTeam.close();
  });

  /** Creates a two-hour-ahead session through the form (`field` set to that time) and opens its link as the candidate. */
  async function laterSession(field: 'Link opens (optional)' | 'Starts at (optional)'): Promise<void> {
    // datetime-local takes the browser's local time; Chromium runs in this process's time zone.
    const later = new Date(Date.now() + 2 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`;
    await interviewer.goto(`${stack.url}/interviews/new`);
    await interviewer.getByLabel('Title').fill('Later screen');
    await interviewer.getByTestId('problem-picker').click();
    await interviewer.getByRole('option', { name: 'Two Sum (easy)' }).click();
    await interviewer.keyboard.press('Escape');
    await interviewer.getByLabel('Candidate name').fill('Lee');
    await interviewer.getByLabel('Candidate e-mail').fill('lee@example.com');
    await interviewer.getByLabel(field).fill(local);
    await interviewer.getByRole('button', { name: 'Create interview' }).click();
    await interviewer.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    const link = (await interviewer.getByTestId('invite-link').textContent()) ?? '';
    // Only the hash differs from the previous link: leave the page so the new one loads afresh.
    await candidate.goto('about:blank');
    await candidate.goto(link);
    await candidate.getByRole('heading', { name: 'Before you start' }).waitFor();
  }

  it('a link that opens later shows the rules now and enables Start only at the opening time', async () => {
    await laterSession('Link opens (optional)');
    expect(await interviewer.getByTestId('invite-window').textContent()).toContain('Start works from');
    expect(await candidate.getByTestId('interview-opens-at').textContent()).toContain('opens at');
    const startButton = candidate.getByTestId('start-interview');
    expect(await startButton.isDisabled()).toBe(true);
    // Between 1:59:xx and 2:00:00 on the server's clock (the minute was truncated by the form).
    expect(await startButton.textContent()).toMatch(/^Opens in (1:5\d|2:00):\d\d$/);
  });

  it('a fixed start: the ready page counts down to the time the clock starts by itself', async () => {
    await laterSession('Starts at (optional)');
    expect(await interviewer.getByTestId('fixed-start').textContent()).toContain('Starts by itself at');
    expect(await interviewer.getByTestId('interview-status').textContent()).toBe('scheduled');
    expect(await candidate.getByTestId('interview-starts-at').textContent()).toContain('starts by itself at');
    const startButton = candidate.getByTestId('start-interview');
    expect(await startButton.isDisabled()).toBe(true);
    expect(await startButton.textContent()).toMatch(/^Starts in (1:5\d|2:00):\d\d$/);
  });

  it('revoking the link mid-session cuts the candidate off at once; an ended session offers no link actions', async () => {
    await interviewer.goto(`${stack.url}/interviews/new`);
    await interviewer.getByLabel('Title').fill('Revoked screen');
    await interviewer.getByTestId('problem-picker').click();
    // The picker searches the whole catalog as you type.
    await interviewer.keyboard.type('Valid');
    await interviewer.getByRole('option', { name: /Valid Brackets/ }).click();
    await interviewer.keyboard.press('Escape');
    await interviewer.getByLabel('Candidate name').fill('Robin');
    await interviewer.getByLabel('Candidate e-mail').fill('robin@example.com');
    await interviewer.getByRole('button', { name: 'Create interview' }).click();
    await interviewer.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    const link = (await interviewer.getByTestId('invite-link').textContent()) ?? '';
    await candidate.goto('about:blank');
    await candidate.goto(link);
    await candidate.getByTestId('start-interview').click();
    await candidate.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await poll(() => candidate.getByTestId('autosave-state').textContent()).toBe('Saved');

    // The candidate switches to Java: the interviewer's live view says so and highlights Java.
    await candidate.getByLabel('Language').first().click();
    await candidate.getByRole('option', { name: 'Java', exact: true }).click();
    await poll(() => interviewer.getByTestId('candidate-language').textContent()).toBe('Java');
    expect(await interviewer.getByTestId('live-editor').getAttribute('data-language')).toBe('java');

    // Revoking asks first; cancelling the modal changes nothing.
    await interviewer.getByTestId('revoke-invite').click();
    await interviewer.getByRole('button', { name: 'Keep going' }).click();
    expect(await candidate.getByTestId('interview-revoked').count()).toBe(0);
    await interviewer.getByTestId('revoke-invite').click();
    await interviewer.getByTestId('revoke-invite-confirm').click();
    await candidate.getByTestId('interview-revoked').waitFor();
    expect(await candidate.getByTestId('interview-revoked').textContent()).toContain('revoked');
    expect(await candidate.locator('[data-testid="code-editor"]').count()).toBe(0);
    await poll(() => interviewer.getByTestId('invite-state').textContent()).toContain('was revoked');

    // End now asks first too; afterwards no invite link can be made or revoked.
    await interviewer.getByTestId('end-interview').click();
    await interviewer.getByTestId('end-interview-confirm').click();
    await poll(() => interviewer.getByTestId('interview-status').textContent()).toBe('ended');
    expect(await interviewer.getByTestId('new-invite').isDisabled()).toBe(true);
    expect(await interviewer.getByTestId('revoke-invite').isDisabled()).toBe(true);
  }, 120_000);

  it('loaded nothing from other hosts and threw no page errors', () => {
    expect(foreign.flat()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
