/**
 * Browser end-to-end plumbing: the production web build, Debian's Chromium through playwright-core,
 * and the real stack (api + worker + Postgres + Redis + Docker) from test/support/stack.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';

export const ROOT = resolve(__dirname, '../../..');
export const SCREENSHOTS_DIR = join(ROOT, 'artifacts/screenshots');

export { launchChromium } from '../../../test/support/chromium';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * The API serves apps/web/dist; rebuild it when any web or contracts source is newer. Async, so the
 * test worker keeps answering Vitest while Vite builds.
 */
export async function ensureWebBuild(): Promise<void> {
  const built = join(ROOT, 'apps/web/dist/index.html');
  const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/shared/contracts/src'].map(
    (p) => join(ROOT, p),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
}

/**
 * `STACK_URL` points the suite at an already running stack (local debugging; its admin from
 * `ADMIN_EMAIL` / `ADMIN_PASSWORD`); otherwise one is started.
 */
export async function getStack(problems: string[]): Promise<Pick<Stack, 'url' | 'stop' | 'admin'>> {
  const external = process.env['STACK_URL'];
  if (external)
    return {
      url: external.replace(/\/$/, ''),
      admin: { email: process.env['ADMIN_EMAIL'] ?? '', password: process.env['ADMIN_PASSWORD'] ?? '' },
      stop: async () => undefined,
    };
  await ensureWebBuild();
  return startStack({ problems: problems.map((p) => join(ROOT, p)) });
}

/**
 * Fails the test on any request to a host other than the stack's: everything must be bundled.
 * Returns the list of offending URLs (checked at the end of the test).
 */
export function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(origin)) return;
    foreign.push(url);
  });
  return foreign;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Replaces the whole CodeMirror document as typed input (no auto-indent or bracket closing). */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  const content = page.locator('[data-testid="code-editor"] .cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

export async function editorText(page: Page): Promise<string> {
  return page.locator('[data-testid="code-editor"] .cm-content').evaluate((el) =>
    Array.from(el.querySelectorAll('.cm-line'))
      .map((line) => line.textContent ?? '')
      .join('\n'),
  );
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's WCAG 2 A/AA violations on the page as it is now (the context needs `bypassCSP`).
 * CodeMirror's syntax-token spans are left out (see accessibility.e2e.ts).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Judge the settled page: a colour caught mid-transition (a button leaving its loading state, a
  // tooltip fading) is no colour a user reads. Endless animations (spinners, stripes) never settle.
  // Quiet for ten frames in a row: a fade may start a frame or two after what triggers it.
  await page.evaluate(() => {
    (window as unknown as { __quietFrames: number }).__quietFrames = 0;
  });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __quietFrames: number };
      const moving = document
        .getAnimations()
        .some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
      w.__quietFrames = moving ? 0 : w.__quietFrames + 1;
      return w.__quietFrames >= 10;
    },
    undefined,
    { polling: 'raf' },
  );
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return axe.run({ exclude: [['.cm-line > span']] }, { runOnly: ['wcag2a', 'wcag2aa'] });
  });
  return result.violations.map(
    (v: AxeViolation) =>
      `${v.impact} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`,
  );
}

/**
 * Fails with the violations themselves in the message: CI keeps only a failure's first line, and
 * "expected [ Array(1) ]" names nothing.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const found = await axeViolations(page);
  expect(found, found.join(' | ')).toEqual([]);
}

/**
 * One participant's page in its own browser context: requests to other hosts are recorded in
 * `foreign` (checked at the end of a test) and page errors in `pageErrors`.
 */
export async function openParticipant(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions,
  foreign: string[][],
  pageErrors: string[],
): Promise<Page> {
  const context = await browser.newContext(options);
  foreign.push(recordForeignRequests(context, origin));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/** After a failed test: each page's screenshot and visible text, and the page errors. */
export async function reportFailure(
  prefix: string,
  pages: Record<string, Page | undefined>,
  pageErrors: string[],
): Promise<void> {
  for (const [name, page] of Object.entries(pages)) {
    if (!page) continue;
    console.error(`screenshot: ${await screenshot(page, `failure-${prefix}-${name}`)}`);
    console.error(`${name} at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 2000)}`);
  }
  console.error(`page errors: ${JSON.stringify(pageErrors)}`);
}

/** An interviewer account made the way an operator makes one: `tryout user create --role interviewer`. */
export async function createInterviewer(
  stack: Pick<Stack, 'env'>,
  account: { email: string; password: string },
  name = 'Ivy Interviewer',
): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      '-r',
      './scripts/register.cjs',
      'apps/cli/src/main.ts',
      'user',
      'create',
      '--role',
      'interviewer',
      '--name',
      name,
      '--email',
      account.email,
      '--password',
      account.password,
    ],
    { cwd: ROOT, env: stack.env },
  );
}
