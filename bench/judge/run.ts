/**
 * Judge benchmark (a script, not a test): `node -r ./scripts/register.cjs bench/judge/run.ts`.
 * Prints, from one run on this machine, for a Python program with 3 tests (Run) and 20 tests, and a C++ program
 * with 50 tests:
 *   (a) the programs as plain host processes,
 *   (b) a naive `docker run` per test (create, copy in, start, wait, remove),
 *   (c) Tryout's driver with a warm pool: per-test overhead over (a), fixed overhead per
 *       submission, submissions/second at concurrency 1, 2 and 4 (fresh owners given a container
 *       another owner's clean job left, fresh owners with one container per owner — a start per
 *       owner —, and one owner reusing its container),
 * plus the engine's raw fresh-container rate, the CPU ceiling and the ratios. Bounded to a few
 * minutes (BENCH_ROUNDS, default 3, interleaved rounds per throughput figure). BENCH_IMAGE_TAG=<tag>
 * runs the runner images under that tag instead of :latest (to measure a supervisor build before
 * it replaces them).
 */
import { languagePack, runnerImage } from '@tryout/languages';
import Dockerode from 'dockerode';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar-stream';
import type { LanguageId } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxJob } from '@tryout/sandbox';

const PY = `import sys\nnums = list(map(int, sys.stdin.read().split()))\nprint(sum(nums))\n`;
const CPP = `#include <cstdio>\nint main() { long long s = 0, x; while (std::scanf("%lld", &x) == 1) s += x; std::printf("%lld\\n", s); }\n`;

interface Program {
  name: string;
  language: LanguageId;
  source: string;
  tests: string[];
}

function inputs(n: number, seed: number): string[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: n }, () => Array.from({ length: 1000 }, () => rnd() % 100000).join(' ') + '\n');
}

const programs: Program[] = [
  // *Run* on a problem's samples: the commonest action, where container reuse matters most.
  { name: 'python, 3 tests (Run on the samples)', language: 'python', source: PY, tests: inputs(3, 3) },
  { name: 'python, 20 tests', language: 'python', source: PY, tests: inputs(20, 1) },
  { name: 'c++, 50 tests', language: 'cpp', source: CPP, tests: inputs(50, 2) },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const now = () => performance.now();

// ---------- (a) host processes ----------

function hostRun(p: Program, dir: string): { perTestMs: number; argv: string[] } {
  let argv: string[];
  if (p.language === 'python') {
    writeFileSync(join(dir, 'main.py'), p.source);
    argv = ['python3', '-B', join(dir, 'main.py')];
  } else {
    writeFileSync(join(dir, 'main.cpp'), p.source);
    execFileSync('g++', ['-O2', '-static', '-o', join(dir, 'main'), join(dir, 'main.cpp')]);
    argv = [join(dir, 'main')];
  }
  const times: number[] = [];
  for (const input of p.tests) {
    const t = now();
    const r = spawnSync(argv[0], argv.slice(1), { input });
    times.push(now() - t);
    if (r.status !== 0) throw new Error(`host run failed: ${r.stderr.toString()}`);
  }
  return { perTestMs: median(times), argv };
}

// ---------- (b) naive docker run per test ----------

async function tarOf(files: Record<string, Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name, mode: 0o755 }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function naiveRun(
  docker: Dockerode,
  image: string,
  cmd: string[],
  archive: Buffer,
  input: string,
): Promise<void> {
  const c = await docker.createContainer({
    Image: image,
    Cmd: cmd,
    WorkingDir: '/tmp',
    User: '10001:10001',
    OpenStdin: true,
    StdinOnce: true,
    AttachStdin: true,
    AttachStdout: true,
    HostConfig: { NetworkMode: 'none', Memory: 256 * 1024 * 1024, Init: true },
    Labels: { 'tryout.bench': '1' },
  });
  try {
    await c.putArchive(archive, { path: '/tmp' });
    const stream = await c.attach({ stream: true, stdin: true, stdout: true, hijack: true });
    const done = new Promise<void>((res) => stream.on('end', () => res()));
    stream.on('data', () => undefined);
    await c.start();
    stream.end(input);
    await c.wait();
    await done;
  } finally {
    await c.remove({ force: true });
  }
}

async function naive(docker: Dockerode, p: Program, dir: string): Promise<number> {
  const image = `${runnerImage(p.language)}:latest`;
  const archive =
    p.language === 'python'
      ? await tarOf({ 'main.py': Buffer.from(p.source) })
      : await tarOf({ main: execFileSync('cat', [join(dir, 'main')], { maxBuffer: 64 << 20 }) });
  const cmd = p.language === 'python' ? ['python3', '-B', 'main.py'] : ['./main'];
  // A sample of the tests keeps the run bounded; the per-test cost is what matters.
  const sample = p.tests.slice(0, NAIVE_SAMPLE);
  const t = now();
  for (const input of sample) await naiveRun(docker, image, cmd, archive, input);
  return ((now() - t) / sample.length) * p.tests.length;
}

const NAIVE_SAMPLE = 6;
/** Interleaved throughput rounds per concurrency (BENCH_ROUNDS). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Waits until a driver has no container start or removal in flight for a quarter second: a
 * measurement's background pool refills must not run into the next one's. */
async function settle(driver: DockerSandboxDriver): Promise<void> {
  const end = now() + 30_000;
  let quiet = 0;
  while (now() < end && quiet < 5) {
    quiet = driver.enginePending === 0 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------- (c) the driver ----------

function job(p: Program, ownerId: string): SandboxJob {
  const rt = languagePack(p.language);
  const limits = { cpuMs: 2000, wallMs: 10_000, memoryKb: 256 * 1024 + rt.memoryBaselineKb, outputBytes: 1 << 20 };
  return {
    language: p.language,
    ownerId,
    files: [{ path: rt.sourceFile, content: p.source }],
    compile: rt.compile && {
      argv: rt.compile,
      limits: {
        cpuMs: rt.compileTimeLimitMs,
        wallMs: rt.compileTimeLimitMs * 2,
        memoryKb: rt.compileMemoryLimitKb,
        outputBytes: 1 << 20,
      },
    },
    run: { argv: rt.run },
    tests: p.tests.map((stdin, i) => ({ id: String(i), stdin, limits })),
  };
}

interface Submission {
  totalMs: number;
  compileWallMs: number;
  /** Host-side gaps between consecutive test results. */
  gapsMs: number[];
  /** Sum of the supervisor-measured wall time of every test. */
  testWallMs: number;
}

async function submit(
  driver: DockerSandboxDriver,
  p: Program,
  ownerId: string,
  expected: string[],
): Promise<Submission> {
  const t0 = now();
  let last = 0;
  let compileWallMs = 0;
  let testWallMs = 0;
  const gaps: number[] = [];
  let k = 0;
  for await (const e of driver.execute(job(p, ownerId))) {
    const t = now();
    if (e.type === 'compiled') {
      compileWallMs = e.result.wallMs;
      if (e.result.termination !== 'exited' || e.result.exitCode !== 0)
        throw new Error(`compile failed: ${e.result.stderr.toString()}`);
    } else {
      if (e.result.stdout.toString() !== expected[k])
        throw new Error(`wrong output on test ${k}: ${e.result.stdout.toString()} ${e.result.error ?? ''}`);
      testWallMs += e.result.wallMs;
      if (k > 0) gaps.push(t - last);
      k++;
    }
    last = t;
  }
  if (k !== p.tests.length) throw new Error(`only ${k} of ${p.tests.length} tests ran`);
  return { totalMs: now() - t0, compileWallMs, gapsMs: gaps, testWallMs };
}

async function throughput(
  driver: DockerSandboxDriver,
  p: Program,
  concurrency: number,
  count: number,
  sameOwner: boolean,
  expected: string[],
): Promise<number> {
  let next = 0;
  const t = now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (next < count) {
        const i = next++;
        await submit(driver, p, sameOwner ? `bench-owner-${w}` : `bench-fresh-${i}-${Math.random()}`, expected);
      }
    }),
  );
  return (count * 1000) / (now() - t);
}

async function engineRate(docker: Dockerode, image: string, n: number, concurrency: number): Promise<number> {
  let next = 0;
  const t = now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < n) {
        const c = await docker.createContainer({
          Image: image,
          Cmd: ['true'],
          HostConfig: { NetworkMode: 'none' },
          Labels: { 'tryout.bench': '1' },
        });
        await c.start();
        await c.wait();
        await c.remove({ force: true });
      }
    }),
  );
  return (n * 1000) / (now() - t);
}

async function main(): Promise<void> {
  const docker = new Dockerode();
  const dir = mkdtempSync(join(tmpdir(), 'tryout-bench-'));
  const tag = process.env.BENCH_IMAGE_TAG;
  const images = tag
    ? Object.fromEntries(programs.map((p) => [p.language, `${runnerImage(p.language)}:${tag}`]))
    : undefined;
  const options = { poolSize: 4, idleMs: 600_000, reuseRuns: 1000, images };
  const driver = new DockerSandboxDriver(docker, options);
  // The same, with a container never shared across owners: each fresh owner costs a start.
  const perOwner = new DockerSandboxDriver(docker, { ...options, shareAcrossOwners: false });
  const rows: string[] = [];
  const print = (line: string) => {
    rows.push(line);
    console.log(line);
  };
  try {
    print(
      `# Judge benchmark — ${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}${tag ? `, images :${tag}` : ''}`,
    );
    const t0 = now();
    await driver.warm(programs.map((p) => p.language));
    await perOwner.warm(programs.map((p) => p.language));
    print(`warm pool of 4 per language ready in ${ms(now() - t0)}`);

    const engine1 = await engineRate(docker, 'tryout-runner-cpp:latest', 6, 1);
    const engine4 = await engineRate(docker, 'tryout-runner-cpp:latest', 8, 4);
    print(
      `engine raw fresh containers (create+start+wait+remove of \`true\`): ${engine1.toFixed(2)}/s sequential, ${engine4.toFixed(2)}/s at concurrency 4`,
    );
    const engineRaw = Math.max(engine1, engine4);

    for (const p of programs) {
      print(`\n## ${p.name}`);
      const host = hostRun(p, dir);
      const expected = p.tests.map((input) => spawnSync(host.argv[0], host.argv.slice(1), { input }).stdout.toString());
      print(
        `(a) host process: ${ms(host.perTestMs)} per test (median), ${ms(host.perTestMs * p.tests.length)} per submission`,
      );

      const naiveMs = await naive(docker, p, dir);
      const naivePerTest = naiveMs / p.tests.length;
      print(
        `(b) naive docker run per test: ${ms(naivePerTest)} per test (mean of ${NAIVE_SAMPLE}), ${ms(naiveMs)} per submission (${(1000 / naiveMs).toFixed(3)} submissions/s)`,
      );

      // Warm-up submission (first use of the image's page cache), then measured ones.
      await submit(driver, p, 'bench-warmup', expected);
      const subs: Submission[] = [];
      for (let i = 0; i < 5; i++) subs.push(await submit(driver, p, `bench-single-${i}`, expected));
      const gap = median(subs.flatMap((s) => s.gapsMs));
      const total = median(subs.map((s) => s.totalMs));
      const compile = median(subs.map((s) => s.compileWallMs));
      const perTestOverhead = gap - host.perTestMs;
      const fixed = total - compile - p.tests.length * gap;
      print(`(c) tryout, warm pool: ${ms(total)} per submission (compile step ${ms(compile)} of it)`);
      const inside = median(subs.map((s) => s.testWallMs / p.tests.length));
      print(
        `    per test: ${ms(gap)} between results → overhead over (a): ${ms(perTestOverhead)}; over the process's own wall time in the sandbox (${ms(inside)}): ${ms(gap - inside)}`,
      );
      print(`    fixed overhead per submission (total − compile − tests): ${ms(fixed)}`);
      // What the same compile step and tests would allow as bare processes on every core: no
      // judge can beat it, so a CPU-bound workload is read against it, not the container rate.
      const cores = cpus().length;
      const ceiling = (cores * 1000) / (compile + p.tests.length * inside);
      print(
        `    CPU ceiling (compile + tests as bare processes on ${cores} cores): ${ceiling.toFixed(2)} submissions/s`,
      );

      const counts: Record<number, number> = { 1: 6, 2: 8, 4: 12 };
      await submit(perOwner, p, 'bench-warmup', expected);
      for (const conc of [1, 2, 4]) {
        // Interleaved rounds, the order rotated each round, medians reported: on a shared host
        // the load drifts within a minute, and each round sees it for all three alike.
        const kinds = [
          { rates: [] as number[], run: () => throughput(driver, p, conc, counts[conc], false, expected) },
          { rates: [] as number[], run: () => throughput(perOwner, p, conc, counts[conc], false, expected) },
          { rates: [] as number[], run: () => throughput(driver, p, conc, counts[conc], true, expected) },
        ];
        for (let round = 0; round < ROUNDS; round++) {
          for (let k = 0; k < kinds.length; k++) {
            const kind = kinds[(k + round) % kinds.length];
            await settle(driver);
            await settle(perOwner);
            kind.rates.push(await kind.run());
          }
        }
        const [fresh, started, reuse] = kinds.map((k) => median(k.rates));
        const x = (rate: number) => `×${(rate / ceiling).toFixed(2)}`;
        const spread = kinds
          .map((k) => `${Math.min(...k.rates).toFixed(2)}–${Math.max(...k.rates).toFixed(2)}`)
          .join(' / ');
        print(
          `    concurrency ${conc} (medians of ${ROUNDS}): fresh owners ${fresh.toFixed(2)}/s (${x(fresh)} the CPU ceiling), ` +
            `fresh owners with a container each ${started.toFixed(2)}/s (${x(started)}), ` +
            `owners reusing their container ${reuse.toFixed(2)}/s (${x(reuse)}); ` +
            `fresh ÷ a container each = ×${(fresh / started).toFixed(2)}, fresh ÷ reusing = ×${(fresh / reuse).toFixed(2)}; ` +
            `×${(fresh / engineRaw).toFixed(1)} / ×${(started / engineRaw).toFixed(1)} / ×${(reuse / engineRaw).toFixed(1)} the engine's raw fresh-container rate; ` +
            `rounds' range ${spread}/s`,
        );
      }
      print(
        `    ratios: naive docker run / tryout per submission = ×${(naiveMs / total).toFixed(1)}; tryout / host per submission = ×${(total / (host.perTestMs * p.tests.length)).toFixed(2)}`,
      );
    }

    // What a per-job memory change costs (container.update) on a warm container.
    const probe = await docker.createContainer({
      Image: 'tryout-runner-cpp:latest',
      Cmd: ['sleep', '30'],
      HostConfig: { NetworkMode: 'none', Memory: 512 << 20, MemorySwap: 512 << 20 },
      Labels: { 'tryout.bench': '1' },
    });
    await probe.start();
    const updates: number[] = [];
    for (let i = 0; i < 5; i++) {
      const size = (i % 2 ? 512 : 768) << 20;
      const t = now();
      await probe.update({ Memory: size, MemorySwap: size });
      updates.push(now() - t);
    }
    await probe.remove({ force: true });
    print(`\ncontainer.update(Memory) on a running container: ${ms(median(updates))} median`);
    print(`driver stats: ${JSON.stringify(driver.stats)}`);
    print(`driver stats, a container per owner: ${JSON.stringify(perOwner.stats)}`);
  } finally {
    await driver.close();
    await perOwner.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
