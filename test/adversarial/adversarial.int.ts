/**
 * The adversarial suite: every hostile submission under test/adversarial/<expected verdict>/
 * is judged through the real driver (Docker) and executionVerdict, like the judge does, in
 * submit mode (stop at the first failing test), with the judge's wall-limit rule. Each program
 * gets two tests (stdin "1", then "2") so a test can check what an earlier one tried to leave
 * behind; a clean run passes when it prints "ok" (the attack failed). A source may carry
 * `adversarial: minMemoryKb=N`: the memory reported must be at least that. Then: many sleeping
 * tests stop at the submission's wall budget (judgeSubmission on the real driver). Afterwards:
 * no container left, host files unchanged, and an ordinary submission is still judged right.
 */
import { languagePack } from '@tryout/languages';
import Dockerode from 'dockerode';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId, Verdict } from '@tryout/contracts';
import { executionVerdict, type JudgeableProblem, judgeSubmission, wallLimitMs } from '@tryout/judge';
import {
  DockerSandboxDriver,
  type SandboxJob,
  type SandboxProcessResult,
  WALL_HARD_STOP_FACTOR,
} from '@tryout/sandbox';

const HERE = resolve(__dirname);
const EXT: Record<string, LanguageId> = {
  '.c': 'c',
  '.cpp': 'cpp',
  '.py': 'python',
  '.java': 'java',
  '.js': 'javascript',
  '.rs': 'rust',
  '.go': 'go',
};
/** Names a judge might read back; planted as symlinks by one case, never followed. */
const COLLECT = ['feedback_dir/judgemessage.txt', 'judgemessage.txt', 'output.txt', 'result.json'];
const MiB = 1024 * 1024;
const LIMITS = { cpuMs: 1000, wallMs: wallLimitMs(1000), memoryKb: 128 * 1024, outputBytes: 8 * MiB };

interface Case {
  name: string;
  expected: Verdict;
  language: LanguageId;
  source: string;
}

function cases(): Case[] {
  return readdirSync(HERE, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(HERE, dir.name))
        .filter((f) => EXT[extname(f)])
        .map((f) => ({
          name: `${dir.name}/${f}`,
          expected: dir.name as Verdict,
          language: EXT[extname(f)],
          source: readFileSync(join(HERE, dir.name, f), 'utf8'),
        })),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

function jobFor(c: Case, ownerId: string): SandboxJob {
  const rt = languagePack(c.language);
  const compileCpuMs = Number(/adversarial: compileCpuMs=(\d+)/.exec(c.source)?.[1] ?? rt.compileTimeLimitMs);
  // The judge's own wall rule: the supervisor does not charge the wait for a CPU on a loaded host.
  const limits = { ...LIMITS, memoryKb: 128 * 1024 + rt.memoryBaselineKb };
  return {
    language: c.language,
    ownerId,
    files: [{ path: rt.sourceFile, content: c.source }],
    compile: rt.compile && {
      argv: rt.compile,
      limits: { cpuMs: compileCpuMs, wallMs: compileCpuMs * 2, memoryKb: rt.compileMemoryLimitKb, outputBytes: MiB },
    },
    run: { argv: rt.run },
    tests: ['1', '2'].map((id) => ({ id, stdin: `${id}\n`, limits, collectFiles: COLLECT })),
  };
}

interface Judged {
  verdict: Verdict;
  results: SandboxProcessResult[];
  compiled?: SandboxProcessResult;
}

/** Submit mode: compile, then tests until the first non-accepted one (the rest are aborted). */
async function judge(driver: DockerSandboxDriver, job: SandboxJob): Promise<Judged> {
  const execution = driver.execute(job);
  const results: SandboxProcessResult[] = [];
  let verdict: Verdict = 'accepted';
  let compiled: SandboxProcessResult | undefined;
  for await (const event of execution) {
    if (verdict !== 'accepted') continue;
    if (event.type === 'compiled') {
      compiled = event.result;
      if (event.result.termination === 'sandbox_error') verdict = 'internal_error';
      else if (event.result.termination !== 'exited' || event.result.exitCode !== 0) verdict = 'compile_error';
    } else {
      results.push(event.result);
      verdict =
        executionVerdict(event.result) ??
        (event.result.stdout.toString().trim() === 'ok' ? 'accepted' : 'wrong_answer');
    }
    if (verdict !== 'accepted') execution.abort();
  }
  return { verdict, results, compiled };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

const HOST_FILES = ['/etc/passwd', '/etc/group', '/etc/hosts', '/etc/shadow'].filter((p) => existsSync(p));

describe('adversarial submissions', () => {
  const docker = new Dockerode();
  const driver = new DockerSandboxDriver(docker, { poolSize: 1, idleMs: 120_000, reuseRuns: 50 });
  const sentinelDir = mkdtempSync(join(tmpdir(), 'tryout-adversarial-'));
  const sentinel = join(sentinelDir, 'sentinel.txt');
  const before = new Map<string, string>();

  beforeAll(async () => {
    writeFileSync(sentinel, 'untouched\n');
    for (const p of [...HOST_FILES, sentinel]) before.set(p, sha256(p));
    await driver.warm(['c', 'cpp', 'python']);
  });

  afterAll(() => {
    rmSync(sentinelDir, { recursive: true, force: true });
  });

  it.each(cases())('$name', async (c) => {
    const judged = await judge(driver, jobFor(c, `adversary-${c.name}`));
    const detail = JSON.stringify({
      compile: judged.compiled && {
        t: judged.compiled.termination,
        err: judged.compiled.stderr.toString().slice(0, 300),
      },
      runs: judged.results.map((r) => ({
        t: r.termination,
        exit: r.exitCode,
        sig: r.signal,
        cpu: r.cpuMs,
        wall: r.wallMs,
        mem: r.memoryKb,
        out: r.stdout.toString().slice(0, 200),
        err: r.stderr.toString().slice(0, 200),
        e: r.error,
      })),
    });
    expect(judged.verdict, detail).toBe(c.expected);
    // Nothing the candidate planted is ever read back through a link.
    for (const r of judged.results) expect(r.files ?? {}).toEqual({});
    // A waiting program is stopped at its wall limit (plus its wait for a CPU), at the latest at the hard stop.
    for (const r of judged.results.filter((x) => x.termination === 'wall_limit'))
      expect(r.wallMs, detail).toBeLessThanOrEqual(WALL_HARD_STOP_FACTOR * LIMITS.wallMs + 1000);
    const minMemoryKb = Number(/adversarial: minMemoryKb=(\d+)/.exec(c.source)?.[1] ?? 0);
    for (const r of judged.results) expect(r.memoryKb, detail).toBeGreaterThanOrEqual(minMemoryKb);
    if (c.expected === 'compile_error' && c.name.includes('shadow')) {
      expect(judged.compiled?.stderr.toString()).not.toMatch(/root:[^:]*:\d+/);
    }
  });

  it('many sleeping tests, each under its wall limit, stop at the submission wall budget as TLE', async () => {
    // C at 500 ms: 1750 ms of wall per test; 10 tests may spend 10 × 500 + 1750 = 6750 ms.
    const tests = Array.from({ length: 10 }, (_, i) => ({
      name: `secret/${i}`,
      group: 'secret' as const,
      input: `${i}\n`,
      answer: 'ok\n',
    }));
    const problem: JudgeableProblem = {
      uuid: 'adversarial-sleeper',
      type: 'stdio',
      limits: {
        timeLimitMs: 500,
        memoryMb: 64,
        outputMb: 1,
        timeLimitSource: 'explicit',
        timeMultiplier: 2,
        timeSafetyMargin: 2,
      },
      validation: { kind: 'default', flags: [] },
      tests,
    };
    const result = await judgeSubmission({
      driver,
      problem,
      language: 'c',
      source: '#include <stdio.h>\n#include <unistd.h>\nint main(void) { usleep(1200000); puts("ok"); return 0; }\n',
      mode: 'run',
      ownerId: 'adversary-sleeper',
      tests,
    });
    const detail = JSON.stringify(result.tests.map((t) => [t.verdict, t.wallMs, t.message]));
    expect(result.verdict, detail).toBe('time_limit_exceeded');
    expect(result.tests.length, detail).toBeLessThan(tests.length);
    expect(
      result.tests.slice(0, -1).every((t) => t.verdict === 'accepted'),
      detail,
    ).toBe(true);
    expect(result.tests.at(-1)?.message, detail).toMatch(/took longer than the 6\.8 s/);
  });

  it('afterwards: an ordinary submission is judged right, no container is left, host files are unchanged', async () => {
    const normal = await judge(driver, {
      ...jobFor(
        {
          name: 'sum',
          expected: 'accepted',
          language: 'python',
          source: 'print("ok" if int(input()) in (1, 2) else "no")\n',
        },
        'normal-user',
      ),
    });
    expect(normal.verdict).toBe('accepted');
    expect(normal.results).toHaveLength(2);

    await driver.close();
    const left = await docker.listContainers({ all: true, filters: { label: [`tryout.driver=${driver.driverId}`] } });
    expect(left).toEqual([]);
    for (const [path, hash] of before) expect(sha256(path), path).toBe(hash);
    expect(readFileSync(sentinel, 'utf8')).toBe('untouched\n');
  });
});
