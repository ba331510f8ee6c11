/**
 * What TypeScript's type-check costs (a script, not a test):
 * `node -r ./scripts/register.cjs bench/judge/typescript-check.ts [rounds]` (default 5).
 * In one container of the TypeScript runner image, compiles bench/judge/typescript-check/sample.ts
 * each way, interleaved round by round so load hits all of them alike, each in a fresh node process
 * (as every compile step is): node's bare start-up, transpile-only (what the runner did before),
 * the full type-check cold (`ts.createProgram` parsing the standard library and @types/node), and
 * the same type-check from the image's V8 snapshot. Prints median wall and CPU time per way and
 * the ratios against the cold check and against transpile-only.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { runnerImage } from '@tryout/languages';

interface Sample {
  way: string;
  wallMs: number;
  cpuMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

function main(): void {
  const rounds = Number(process.argv[2] ?? 5);
  const dir = resolve(__dirname, 'typescript-check');
  const load = loadavg()[0].toFixed(1);
  const out = execFileSync(
    'docker',
    [
      'run',
      '--rm',
      '--network',
      'none',
      '--read-only',
      '--tmpfs',
      '/tmp',
      '--user',
      '10001:10001',
      '--cpus',
      '1',
      '--memory',
      '512m',
      '-v',
      `${dir}:/bench:ro`,
      runnerImage('typescript'),
      'node',
      '/bench/measure.js',
      String(rounds),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const samples = out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Sample);
  const ways = [...new Set(samples.map((s) => s.way))];
  const stats = new Map(
    ways.map((way) => {
      const mine = samples.filter((s) => s.way === way);
      return [way, { wall: median(mine.map((s) => s.wallMs)), cpu: median(mine.map((s) => s.cpuMs)) }];
    }),
  );
  const cold = stats.get('type-check, cold createProgram');
  const transpile = stats.get('transpile only');
  console.log(`TypeScript compile of sample.ts, ${rounds} rounds, median; load ${load} on ${cpus().length} CPUs`);
  console.log('way                              wall ms   cpu ms   cpu vs cold   cpu vs transpile');
  for (const [way, s] of stats) {
    const vsCold = cold ? (s.cpu / cold.cpu).toFixed(2) : '-';
    const vsTranspile = transpile ? (s.cpu / transpile.cpu).toFixed(2) : '-';
    console.log(
      `${way.padEnd(32)} ${s.wall.toFixed(0).padStart(7)}  ${s.cpu.toFixed(0).padStart(7)}   ${vsCold.padStart(11)}   ${vsTranspile.padStart(16)}`,
    );
  }
}

main();
