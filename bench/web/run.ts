/**
 * bench/web: what the browser downloads and how soon the problem page is usable.
 *
 *   npm run bench:web                 # builds apps/web, starts the real stack, measures
 *   STACK_URL=http://127.0.0.1:3000 npm run bench:web -- --no-build   # against a running stack
 *
 * Prints (1) gzipped sizes of the initial JS and CSS of the app (what the catalog page loads) and
 * of each lazily loaded route chunk with its own imports, and (2) time to interactive of the
 * problem page in headless Chromium on localhost: from navigation start until the statement is
 * rendered, the editor accepts input and Run is enabled. Median of several cold and warm loads.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium';
import { startStack } from '../../test/support/stack';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'apps/web/dist');
const RUNS = Number(process.env['BENCH_WEB_RUNS'] ?? 7);

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A chunk and its static imports, transitively: what loading it costs. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

function files(manifest: Manifest, keys: Iterable<string>) {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
  }
  return { js, css };
}

function sum(set: Set<string>): number {
  let total = 0;
  for (const f of set) total += gz(f);
  return total;
}

function bundleReport(): { initialJs: number; initialCss: number } {
  const manifest: Manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const initialKeys = closure(manifest, entryKey);
  const initial = files(manifest, initialKeys);
  const initialJs = sum(initial.js);
  const initialCss = sum(initial.css);
  console.log('## Bundle (gzip -9)');
  console.log(`initial JS  (catalog, login, shell): ${kb(initialJs)} in ${initial.js.size} file(s)`);
  console.log(`initial CSS                        : ${kb(initialCss)} in ${initial.css.size} file(s)`);
  const routes = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry);
  const rows = routes
    .map((key) => {
      // A language mode shares CodeMirror with the problem page: count only what it adds on top.
      const shared = new Set<string>();
      for (const other of closure(manifest, key)) {
        if (other !== key && manifest[other].isDynamicEntry) for (const k of closure(manifest, other)) shared.add(k);
      }
      const own = [...closure(manifest, key)].filter((k) => !initialKeys.has(k) && !shared.has(k));
      const f = files(manifest, own);
      for (const c of initial.css) f.css.delete(c);
      return { key, js: sum(f.js), css: sum(f.css), count: f.js.size };
    })
    .sort((a, b) => b.js - a.js);
  console.log('lazy chunks (JS + CSS each adds beyond the initial load and the route it needs):');
  for (const r of rows)
    console.log(`  ${r.key.padEnd(58)} JS ${kb(r.js).padStart(9)}  CSS ${kb(r.css).padStart(8)}  (${r.count} file(s))`);
  return { initialJs, initialCss };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timeToInteractive(browser: Browser, url: string): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const measure = async () => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const run = document.querySelector<HTMLButtonElement>('[data-testid="run-button"]');
        return (
          !!document.querySelector('[data-testid="statement"] h1') &&
          !!document.querySelector('[data-testid="code-editor"] .cm-content[contenteditable="true"] .cm-line') &&
          !!run &&
          !run.disabled
        );
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    return page.evaluate(() => performance.now());
  };
  await measure(); // first load warms the server's caches
  for (let i = 0; i < RUNS; i++) {
    const session = await context.newCDPSession(page);
    await session.send('Network.clearBrowserCache');
    await session.detach();
    cold.push(await measure());
    warm.push(await measure());
  }
  await context.close();
  return { cold, warm };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'apps/web/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  const { initialJs } = bundleReport();
  const budget = 300 * 1024;
  console.log(`budget: initial JS ${kb(initialJs)} of ${kb(budget)} → ${initialJs <= budget ? 'within' : 'OVER'}`);

  const external = process.env['STACK_URL'];
  const stack = external
    ? { url: external.replace(/\/$/, ''), stop: async () => undefined }
    : await startStack({ problems: [join(ROOT, 'problems/two-sum')] });
  const browser = await launchChromium();
  try {
    const { cold, warm } = await timeToInteractive(browser, `${stack.url}/problems/two-sum`);
    console.log(`\n## Time to interactive: /problems/two-sum, headless Chromium, localhost, ${RUNS} runs`);
    console.log(
      `cold cache: median ${median(cold).toFixed(0)} ms (min ${Math.min(...cold).toFixed(0)}, max ${Math.max(...cold).toFixed(0)})`,
    );
    console.log(
      `warm cache: median ${median(warm).toFixed(0)} ms (min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})`,
    );
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
