/**
 * Per-test cost of SQL judging (a script, not a test):
 * `node -r ./scripts/register.cjs bench/sql-judge.bench.ts [tests]` (default 12 tests).
 *
 * Judges the fixture problem's reference query (test/fixtures/problems/sql-department-totals) in
 * the PostgreSQL and SQLite runner images through the real Docker driver, on `tests` copies of its
 * first sample, and measures the per-test cost on the host: the median gap between consecutive
 * test results (a fresh database from the job's warm server's template, the data load, the query, the
 * comparison). Side by side, in the same run: the same statements with a bare `psql` against the
 * host's PostgreSQL (CREATE DATABASE ... TEMPLATE, the data script, the query, DROP DATABASE per
 * test). Prints each per-test cost, the ratio to the bare run and the overhead per test.
 */
import Dockerode from 'dockerode';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { LanguageId } from '@tryout/contracts';
import { judgeableProblem, judgeSubmission, loadProblemPackage } from '@tryout/judge';
import { DockerSandboxDriver } from '@tryout/sandbox';

const FIXTURE = resolve(__dirname, '../test/fixtures/problems/sql-department-totals');
const PSQL_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

function psql(url: string, args: string[], input?: string): void {
  execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, ...args], {
    input,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}

/** The bare baseline: per test, the same statements through psql against the host's server. */
function bareMs(schema: string, data: string, query: string, tests: number): number[] {
  const tag = `sqlbench_${process.pid}`;
  const dbUrl = (db: string) => PSQL_URL.replace(/\/[^/]*$/, `/${db}`);
  psql(PSQL_URL, ['-c', `DROP DATABASE IF EXISTS ${tag}_template`]);
  psql(PSQL_URL, ['-c', `CREATE DATABASE ${tag}_template`]);
  psql(dbUrl(`${tag}_template`), ['-f', '-'], schema);
  const times: number[] = [];
  try {
    for (let i = 0; i < tests; i++) {
      const db = `${tag}_${i}`;
      const t0 = performance.now();
      psql(PSQL_URL, ['-c', `CREATE DATABASE ${db} TEMPLATE ${tag}_template STRATEGY FILE_COPY`]);
      psql(dbUrl(db), ['-f', '-'], data);
      psql(dbUrl(db), ['-c', query]);
      psql(PSQL_URL, ['-c', `DROP DATABASE ${db}`]);
      times.push(performance.now() - t0);
    }
  } finally {
    psql(PSQL_URL, ['-c', `DROP DATABASE IF EXISTS ${tag}_template`]);
  }
  return times;
}

async function sandboxMs(language: LanguageId, tests: number): Promise<{ gaps: number[]; wall: number[] }> {
  const pkg = await loadProblemPackage(FIXTURE);
  const problem = judgeableProblem(pkg);
  const sample = problem.tests[0];
  const source = pkg.submissions.find((s) => s.path === 'accepted/left-join.sql')!.source;
  const driver = new DockerSandboxDriver(new Dockerode(), { poolSize: 1, idleMs: 120_000, reuseRuns: 5 });
  const arrivals: number[] = [];
  const wall: number[] = [];
  try {
    const result = await judgeSubmission({
      driver,
      problem,
      language,
      source,
      mode: 'run',
      ownerId: `bench-sql-${language}`,
      tests: Array.from({ length: tests }, (_, i) => ({ ...sample, name: `copy/${i}`, group: 'sample' as const })),
      onEvent: (e) => {
        if (e.type === 'running' && e.test) {
          arrivals.push(performance.now());
          wall.push(e.test.wallMs);
        }
      },
    });
    if (result.verdict !== 'accepted') throw new Error(`${language}: ${result.verdict} ${result.error ?? ''}`);
  } finally {
    await driver.close();
  }
  // The first test follows the compile step; the gaps after it are one test each.
  return { gaps: arrivals.slice(1).map((t, i) => t - arrivals[i]), wall };
}

async function main(): Promise<void> {
  const tests = Number(process.argv[2] ?? 12);
  const pkg = await loadProblemPackage(FIXTURE);
  const query = pkg.submissions.find((s) => s.path === 'accepted/left-join.sql')!.source;
  const data = readFileSync(resolve(FIXTURE, 'data/sample/1.in'), 'utf8');
  console.log(
    `# SQL judge per-test cost — ${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}, ${tests} tests`,
  );
  const bare = median(bareMs(pkg.sql!.schema, data, query, tests));
  console.log(`bare psql (host PostgreSQL): ${bare.toFixed(1)} ms per test`);
  for (const language of ['postgresql', 'sqlite'] as const) {
    const { gaps, wall } = await sandboxMs(language, tests);
    const perTest = median(gaps);
    console.log(
      `${language.padEnd(10)}: ${perTest.toFixed(1)} ms per test (in the sandbox ${median(wall).toFixed(0)} ms), ` +
        `${(perTest / bare).toFixed(1)}× bare psql, overhead ${(perTest - bare).toFixed(1)} ms per test (target ≤ 30 ms)`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
