/**
 * Where `tryout verify` spends its time (a script, not a test):
 * `node -r ./scripts/register.cjs bench/judge/verify-phases.ts [--concurrency N] problems/<slug>...`
 * Runs the real verify (DockerSandboxDriver with the CLI's defaults) over the given packages with a
 * driver wrapper that timestamps every sandbox event, and prints per problem and in total:
 * sandbox jobs (a safety-margin re-judge is a second job), the host time before the job reaches
 * the driver (input checks, harness generation), container acquisition + compile, the tests'
 * own wall time, the supervisor's restores, per-test overhead (gap between results less the
 * process's wall and the restore), the host's handling of each result (comparison, JSON parsing)
 * and the release after the last result. "slots busy" is the judges' time over wall time × slots:
 * what one package at a time leaves idle at its end (its last, longest submission runs alone).
 */
import Dockerode from 'dockerode';
import { cpus, loadavg } from 'node:os';
import * as judge from '@tryout/judge';
import {
  DockerSandboxDriver,
  type SandboxDriver,
  type SandboxEvent,
  type SandboxExecution,
  type SandboxJob,
} from '@tryout/sandbox';

interface Phases {
  jobs: number;
  tests: number;
  /** execute() → first event, less the compile step's own wall time. */
  acquireMs: number;
  compileMs: number;
  testWallMs: number;
  restoreMs: number;
  /** Gap between results beyond the process's wall time and the restore. */
  overheadMs: number;
  /** Consumer's time between receiving an event and asking for the next (compare, parse). */
  hostMs: number;
  /** Last event → iteration end. */
  releaseMs: number;
  /** CPU time of the compile steps and of the tests (the supervisor's accounting). */
  compileCpuMs: number;
  testCpuMs: number;
  byLanguage: Record<string, number>;
}

const empty = (): Phases => ({
  jobs: 0,
  tests: 0,
  acquireMs: 0,
  compileMs: 0,
  testWallMs: 0,
  restoreMs: 0,
  overheadMs: 0,
  hostMs: 0,
  releaseMs: 0,
  compileCpuMs: 0,
  testCpuMs: 0,
  byLanguage: {},
});

function add(into: Phases, p: Phases): void {
  for (const k of Object.keys(p) as (keyof Phases)[]) {
    if (k === 'byLanguage') {
      for (const [l, v] of Object.entries(p.byLanguage)) into.byLanguage[l] = (into.byLanguage[l] ?? 0) + v;
    } else into[k] += p[k];
  }
}

/** Wraps a driver: every execution is timed into `phases`. */
function timedDriver(inner: SandboxDriver, phases: () => Phases): SandboxDriver {
  return {
    warm: inner.warm?.bind(inner),
    close: () => inner.close(),
    execute(job: SandboxJob): SandboxExecution {
      const p = phases();
      const t0 = performance.now();
      const execution = inner.execute(job);
      async function* timed(): AsyncGenerator<SandboxEvent> {
        let last = t0;
        let first = true;
        let ran = 0;
        let cpu = 0;
        let lastTermination = '';
        p.jobs++;
        for await (const event of execution) {
          const now = performance.now();
          const r = event.result;
          if (first) {
            const compile = event.type === 'compiled' ? r.wallMs : 0;
            p.compileMs += compile;
            p.acquireMs += now - t0 - compile - (event.type === 'test' ? r.wallMs : 0);
            if (event.type === 'test') p.testWallMs += r.wallMs;
            first = false;
          } else {
            p.testWallMs += r.wallMs;
            p.restoreMs += r.restoreMs ?? 0;
            p.overheadMs += now - last - r.wallMs - (r.restoreMs ?? 0);
          }
          if (event.type === 'test') {
            p.tests++;
            p.testCpuMs += r.cpuMs;
            ran++;
            cpu += r.cpuMs;
            lastTermination = r.termination;
          } else p.compileCpuMs += r.cpuMs;
          const handed = performance.now();
          yield event;
          const back = performance.now();
          p.hostMs += back - handed;
          last = back;
        }
        const end = performance.now();
        p.releaseMs += end - last;
        if (process.env.VERBOSE)
          console.log(
            `  job ${job.language.padEnd(10)} cpu limit ${job.tests[0]?.limits.cpuMs ?? 0} ms: ${ran}/${job.tests.length} tests, ` +
              `tests CPU ${Math.round(cpu)} ms, last ${lastTermination}, ${Math.round(end - t0)} ms wall`,
          );
        p.byLanguage[job.language] = (p.byLanguage[job.language] ?? 0) + (end - t0);
      }
      const it = timed();
      return { abort: () => execution.abort(), [Symbol.asyncIterator]: () => it };
    },
  };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function line(label: string, wallMs: number, p: Phases, checkMs: number, hostCpuMs: number, slots: number): string {
  const busy = Object.values(p.byLanguage).reduce((a, b) => a + b, 0);
  return (
    `${label.padEnd(28)} ${fmt(wallMs).padStart(8)}  slots busy ${Math.round((100 * busy) / (wallMs * slots))}%  jobs ${String(p.jobs).padStart(3)}  tests ${String(p.tests).padStart(4)}` +
    `  acquire ${fmt(p.acquireMs)}  compile ${fmt(p.compileMs)}  tests ${fmt(p.testWallMs)}  restore ${fmt(p.restoreMs)}` +
    `  overhead ${fmt(p.overheadMs)}  host ${fmt(p.hostMs)}  release ${fmt(p.releaseMs)}  input-check ${fmt(checkMs)}` +
    `  | CPU: compile ${fmt(p.compileCpuMs)} tests ${fmt(p.testCpuMs)} verify process ${fmt(hostCpuMs)}`
  );
}

/** Host cost of checking every test input once against the signature (what each submission repeats). */
function inputCheckMs(pkg: judge.ProblemPackage): number {
  const check = (judge as Partial<{ checkFunctionInput: typeof judge.checkFunctionInput }>).checkFunctionInput;
  const callable = judge.judgeableProblem(pkg).callable;
  if (!check || !callable) return 0;
  const t0 = performance.now();
  for (const t of pkg.tests) check(callable, t.input);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let concurrency = 2;
  const ci = args.indexOf('--concurrency');
  if (ci >= 0) {
    concurrency = Number(args[ci + 1]);
    args.splice(ci, 2);
  }
  const inner = new DockerSandboxDriver(new Dockerode(), { poolSize: 1, idleMs: 600_000, reuseRuns: 20 });
  let current = empty();
  const driver = timedDriver(inner, () => current);
  const total = empty();
  let totalWall = 0;
  let totalCheck = 0;
  let totalHostCpu = 0;
  console.log(`# verify phases — ${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}`);
  try {
    for (const dir of args) {
      const loaded = await judge.loadProblemPackageWithIssues(dir);
      current = empty();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const report = await judge.verifyProblem(loaded, { driver, concurrency });
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      const hostCpu = (cpu.user + cpu.system) / 1000;
      // Every submission judged re-checks every input: jobs × one pass.
      const check = inputCheckMs(loaded.pkg) * current.jobs;
      console.log(line(`${report.ok ? '✓' : '✗'} ${report.slug}`, wall, current, check, hostCpu, concurrency));
      add(total, current);
      totalWall += wall;
      totalCheck += check;
      totalHostCpu += hostCpu;
    }
  } finally {
    await driver.close();
  }
  console.log(line('TOTAL', totalWall, total, totalCheck, totalHostCpu, concurrency));
  console.log(
    `per language (job wall, summed): ${Object.entries(total.byLanguage)
      .sort((a, b) => b[1] - a[1])
      .map(([l, v]) => `${l} ${fmt(v)}`)
      .join(', ')}`,
  );
  console.log(`driver stats: ${JSON.stringify(inner.stats)}`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
