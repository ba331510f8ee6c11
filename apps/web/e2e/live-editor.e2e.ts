/**
 * The live shared editor in two browser contexts against the real stack: the candidate types, the
 * interviewer sees it live with the candidate's cursor, switches to pair and types too (the
 * candidate sees that); the interviewer writes a note between the two; the playback replays both
 * from the start of the session, and clicking the note jumps it to that moment.
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
} from './support';

const poll = <T>(fn: () => Promise<T> | T, timeout = 20_000) => expect.poll(fn, { timeout, interval: 200 });
const CANDIDATE_LINE = '# candidate: use a hash map';
const INTERVIEWER_LINE = '# interviewer: what about duplicates?';

function editorText(page: Page, testId: string): Promise<string> {
  return page.locator(`[data-testid="${testId}"] .cm-content`).evaluate((el) =>
    Array.from(el.querySelectorAll('.cm-line'))
      .map((line) => line.textContent ?? '')
      .join('\n'),
  );
}

describe('the live shared editor in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let interviewer: Page;
  let candidate: Page;
  let sessionUrl = '';
  let inviteLink = '';
  let noteLabel = '';
  const foreign: string[][] = [];
  const pageErrors: string[] = [];
  const account = { email: `live-${Date.now()}@tryout.test`, password: 'interviewer-password-live' };

  beforeAll(async () => {
    await ensureWebBuild();
    stack = await startStack({ problems: [join(ROOT, 'problems/two-sum')] });
    await createInterviewer(stack, account);
    // The session itself is made through the API (the form has its own test in interview.e2e.ts).
    const login = (await (
      await fetch(`${stack.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      })
    ).json()) as { accessToken: string };
    const created = (await (
      await fetch(`${stack.url}/api/interviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
        body: JSON.stringify({
          title: 'Pairing screen',
          problems: ['two-sum'],
          durationMinutes: 30,
          languages: ['python'],
          candidateName: 'Casey',
          candidateEmail: 'casey@example.com',
        }),
      })
    ).json()) as { interview: { id: string }; inviteToken: string };
    sessionUrl = `${stack.url}/interviews/${created.interview.id}`;
    inviteLink = `${stack.url}/interview/join#${created.inviteToken}`;

    browser = await launchChromium();
    interviewer = await openParticipant(
      browser,
      stack.url,
      { viewport: { width: 1280, height: 1000 } },
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
  }, 600_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await reportFailure('live', { interviewer, candidate }, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the candidate types and the interviewer sees it live, with the cursor and presence', async () => {
    await candidate.goto(inviteLink);
    await candidate.getByTestId('start-interview').click();
    await candidate.locator('[data-testid="code-editor"] .cm-content').waitFor();
    await poll(() => candidate.getByTestId('autosave-state').textContent()).toBe('Saved');

    await interviewer.goto(`${stack.url}/login`);
    await interviewer.getByLabel('Email').fill(account.email);
    await interviewer.getByLabel('Password').fill(account.password);
    await interviewer.getByRole('button', { name: 'Log in' }).click();
    await interviewer.waitForURL((url) => !url.pathname.startsWith('/login'));
    await interviewer.goto(sessionUrl);
    await interviewer.locator('[data-testid="live-editor"] .cm-content').waitFor();

    await candidate.locator('[data-testid="code-editor"] .cm-content').click();
    await candidate.keyboard.press('ControlOrMeta+End');
    await candidate.keyboard.type(`\n${CANDIDATE_LINE}`);
    await poll(() => editorText(interviewer, 'live-editor')).toContain(CANDIDATE_LINE);
    // y-codemirror.next draws the other side's caret with their name.
    await poll(() => interviewer.locator('[data-testid="live-editor"] .cm-ySelectionCaret').count()).toBeGreaterThan(0);
    await poll(() => interviewer.getByTestId('candidate-presence').textContent()).toContain('online');
    // Watching: the interviewer's editor does not take input.
    expect(await interviewer.locator('[data-testid="live-editor"] .cm-content').getAttribute('contenteditable')).toBe(
      'false',
    );
    await poll(() => candidate.getByTestId('autosave-state').textContent()).toBe('Saved');
    await screenshot(interviewer, 'live-editor-watch');

    // A note now, after the candidate's line and before the interviewer's: the server stamps its
    // session time, and the playback test below jumps there.
    await interviewer.getByTestId('interview-notes').fill('Chose a hash map without prompting');
    await interviewer.getByRole('button', { name: 'Add note' }).click();
    await poll(() => interviewer.getByTestId('note-entry').count()).toBe(1);
    noteLabel = (await interviewer.getByTestId('note-entry').getByTestId('note-time').textContent()) ?? '';
    expect(noteLabel).toMatch(/^\d\d:\d\d$/);
  });

  it('the interviewer switches to pair and types; the candidate sees it', async () => {
    await interviewer.getByText('Pair (both type)').click();
    await poll(() =>
      interviewer.locator('[data-testid="live-editor"] .cm-content').getAttribute('contenteditable'),
    ).toBe('true');
    await interviewer.locator('[data-testid="live-editor"] .cm-content').click();
    await interviewer.keyboard.press('ControlOrMeta+End');
    await interviewer.keyboard.type(`\n${INTERVIEWER_LINE}`);
    await poll(() => editorText(candidate, 'code-editor')).toContain(INTERVIEWER_LINE);
    expect(await editorText(candidate, 'code-editor')).toContain(CANDIDATE_LINE);
    await screenshot(candidate, 'live-editor-pair');
  });

  it('the playback replays both from the start of the session', async () => {
    // ?t=0 seeks to the moment the candidate pressed Start: nobody had typed yet.
    await interviewer.goto(`${sessionUrl}?t=0`);
    await interviewer.locator('[data-testid="playback-code"] .cm-content').waitFor();
    await poll(() => interviewer.getByTestId('playback-time').textContent()).toMatch(/^00:00 \/ /);
    expect(await editorText(interviewer, 'playback-code')).not.toContain(CANDIDATE_LINE);
    await interviewer.getByText('8×').click();
    await interviewer.getByTestId('playback-toggle').click();
    await poll(() => editorText(interviewer, 'playback-code'), 60_000).toContain(CANDIDATE_LINE);
    await poll(() => editorText(interviewer, 'playback-code'), 60_000).toContain(INTERVIEWER_LINE);
    await screenshot(interviewer, 'live-editor-playback');

    // Clicking the note jumps the playback to its moment: the candidate's line is there, the
    // interviewer's (typed after the note) is not yet.
    await interviewer.getByTestId('note-entry').getByTestId('note-time').click();
    await poll(async () => (await interviewer.getByTestId('playback-time').textContent())?.split(' / ')[0]).toBe(
      noteLabel,
    );
    await poll(() => editorText(interviewer, 'playback-code')).toContain(CANDIDATE_LINE);
    expect(await editorText(interviewer, 'playback-code')).not.toContain(INTERVIEWER_LINE);
    expect(foreign.flat()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
