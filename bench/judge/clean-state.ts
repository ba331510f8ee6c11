/**
 * Cost of each test's clean state (a script, not a test):
 * `node -r ./scripts/register.cjs bench/judge/clean-state.ts [language...]` (default: every language).
 * For each language's hello world (docker/runners/<lang>/tests/hello.*) judged with 21 tests on one
 * warm container, prints what the compile step leaves in /work and /tmp (the snapshot the
 * supervisor restores before every test but the first), the median restore time the supervisor
 * reports, and the per-test overhead as in bench/judge/run.ts: the median gap between consecutive
 * test results on the host less the process's own wall time in the sandbox.
 */
import { languagePack } from '@tryout/languages';
import Dockerode from 'dockerode';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { LANGUAGE_IDS, type LanguageId } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxJob } from '@tryout/sandbox';

const RUNNERS = resolve(__dirname, '../../docker/runners');
const TESTS = 21;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

function job(language: LanguageId): SandboxJob | undefined {
  const rt = languagePack(language);
  const file = resolve(RUNNERS, language, 'tests', `hello.${rt.sourceFile.split('.').pop() as string}`);
  if (!existsSync(file)) return undefined;
  const limits = { cpuMs: 5000, wallMs: 30_000, memoryKb: 256 * 1024 + rt.memoryBaselineKb, outputBytes: 1 << 20 };
  const probe = 'echo $(du -sk /work /tmp | cut -f1) $(find /work /tmp -mindepth 1 | wc -l)';
  return {
    language,
    ownerId: `bench-clean-${language}`,
    files: [{ path: rt.sourceFile, content: readFileSync(file, 'utf8') }],
    compile: rt.compile && {
      argv: rt.compile,
      limits: {
        cpuMs: rt.compileTimeLimitMs,
        wallMs: 120_000,
        memoryKb: rt.compileMemoryLimitKb,
        outputBytes: 1 << 20,
      },
    },
    run: { argv: rt.run },
    tests: [
      { id: 'probe', stdin: '', argv: ['sh', '-c', probe], limits },
      ...Array.from({ length: TESTS - 1 }, (_, i) => ({ id: String(i), stdin: 'Tryout\n', limits })),
    ],
  };
}

async function main(): Promise<void> {
  const languages = (process.argv.slice(2) as LanguageId[]).filter(Boolean);
  const driver = new DockerSandboxDriver(new Dockerode(), { poolSize: 1, idleMs: 120_000, reuseRuns: 5 });
  console.log(
    `# Clean-state cost — ${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}`,
  );
  try {
    for (const language of languages.length ? languages : LANGUAGE_IDS) {
      const j = job(language);
      if (!j) continue;
      let last = 0;
      const gaps: number[] = [];
      const walls: number[] = [];
      const restores: number[] = [];
      const restoreCpu: number[] = [];
      let probe = '';
      for await (const e of driver.execute(j)) {
        const t = performance.now();
        if (e.type === 'test') {
          if (e.id === 'probe') probe = e.result.stdout.toString().trim();
          else {
            gaps.push(t - last);
            walls.push(e.result.wallMs);
            restores.push(e.result.restoreMs ?? 0);
            restoreCpu.push(e.result.restoreCpuMs ?? 0);
          }
        }
        last = t;
      }
      const [workKb, tmpKb, entries] = probe.split(/\s+/);
      const overhead = median(gaps.map((g, i) => g - walls[i]));
      console.log(
        `${language.padEnd(10)} snapshot /work ${workKb} KB + /tmp ${tmpKb} KB, ${entries} entries; ` +
          `restore ${median(restores).toFixed(2)} ms, ${median(restoreCpu).toFixed(2)} ms CPU (medians of ${restores.length}); ` +
          `per test ${median(gaps).toFixed(1)} ms between results, overhead over the process's wall ${overhead.toFixed(1)} ms`,
      );
    }
  } finally {
    await driver.close();
  }
}

void main();
