/**
 * Smoke test of the runner images themselves (not of the driver): for every language, the
 * compile and run argv of its pack (libs/languages) must work under the sandbox's hardening —
 * read-only root, tmpfs /work and /tmp, no network, no capabilities, uid 10001 — on a hello world
 * named by the pack's extension, and a compile error must fail the compile step; the image must
 * carry its pack's facts (labels) and the version its toolchain reported at build time. The source
 * goes in over stdin through `sh -c`, which is fine for this test only; the real driver uses the
 * supervisor protocol.
 * Also checks that the TypeScript recipe hash agrees with scripts/build-images.sh's.
 */
import { expandArgv, type LanguagePack, languagePack, runnerImage, runnerLabels } from '@tryout/languages';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import Dockerode from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_IDS, type LanguageId, STDIO_LANGUAGE_IDS } from '@tryout/contracts';
import { recipeHash, runnerRecipeDirs, BASE_RECIPE_DIR } from './images.util';
import { readRecipeFiles } from './image-recipe.reader';
import { readRunnerVersions, RUNNER_VERSION_LABEL } from './runner-images.reader';

const ROOT = resolve(__dirname, '../../..');
const docker = new Dockerode();
const TEST_LABEL = 'tryout.images-test';
const OUTPUT_CAP = 1 << 20;
const RUN_MEMORY_MIB = 256;

interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const shellQuote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;
const argvToShell = (argv: readonly string[]): string => expandArgv(argv, RUN_MEMORY_MIB).map(shellQuote).join(' ');

function testSource(language: LanguageId, name: 'hello' | 'compile_error'): string {
  // By the pack's canonical extension: a pack and an image that disagree on it fail here.
  const ext = languagePack(language).extensions[0];
  return readFileSync(resolve(ROOT, 'docker/runners', language, 'tests', `${name}${ext}`), 'utf8');
}

/** The first line of stdin is the base64 source; the rest is left for the program. */
function script(rt: LanguagePack, tail: string): string {
  return `IFS= read -r src && printf '%s' "$src" | base64 -d > ${shellQuote(rt.sourceFile)} || exit 90; ${tail}`;
}

/** One hardened container, like the driver's, with `sh -c script` and `stdin`. */
async function runInRunner(rt: LanguagePack, shScript: string, stdin: string): Promise<RunResult> {
  // As the driver mounts them: /work exec-able (compiled binaries), /tmp not (caches, temp files).
  const tmpfs = (size: string, exec: boolean, mode: string) =>
    `rw,${exec ? 'exec' : 'noexec'},nosuid,nodev,size=${size},uid=10001,gid=10001,mode=${mode}`;
  const container = await docker.createContainer({
    Image: runnerImage(rt.id),
    Cmd: ['sh', '-c', shScript],
    Entrypoint: [],
    Env: Object.entries(rt.env ?? {}).map(([k, v]) => `${k}=${v}`),
    WorkingDir: '/work',
    User: '10001:10001',
    Hostname: 'sandbox',
    Labels: { [TEST_LABEL]: '1' },
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    StdinOnce: true,
    Tty: false,
    NetworkDisabled: true,
    HostConfig: {
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      Tmpfs: { '/work': tmpfs('64m', true, '0700'), '/tmp': tmpfs('64m', false, '1777') },
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: 128,
      Memory: 512 * 1024 * 1024,
      MemorySwap: 512 * 1024 * 1024,
      NanoCpus: 1_000_000_000,
      Init: true,
      IpcMode: 'none',
      Ulimits: [
        { Name: 'core', Soft: 0, Hard: 0 },
        { Name: 'nofile', Soft: 256, Hard: 256 },
        { Name: 'fsize', Soft: 64 * 1024 * 1024, Hard: 64 * 1024 * 1024 },
      ],
      LogConfig: { Type: 'none', Config: {} },
    },
  });
  try {
    const stream = await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true });
    const out = { stdout: '', stderr: '' };
    const collect = (key: 'stdout' | 'stderr') => {
      const sink = new PassThrough();
      sink.on('data', (chunk: Buffer) => {
        if (out[key].length < OUTPUT_CAP) out[key] += chunk.toString('utf8');
      });
      return sink;
    };
    docker.modem.demuxStream(stream, collect('stdout'), collect('stderr'));
    const ended = new Promise<void>((done) => {
      stream.on('end', done);
      stream.on('close', done);
    });
    await container.start();
    stream.end(stdin);
    const { StatusCode } = (await container.wait()) as { StatusCode: number };
    await Promise.race([ended, new Promise((done) => setTimeout(done, 2_000))]);
    return { exitCode: StatusCode, ...out };
  } finally {
    await container.remove({ force: true }).catch(() => undefined);
  }
}

beforeAll(async () => {
  const missing: string[] = [];
  for (const id of LANGUAGE_IDS) {
    await docker
      .getImage(runnerImage(id))
      .inspect()
      .catch(() => missing.push(runnerImage(id)));
  }
  if (missing.length > 0) throw new Error(`runner images missing: ${missing.join(', ')} (run scripts/build-images.sh)`);
});

afterAll(async () => {
  const left = await docker.listContainers({ all: true, filters: { label: [TEST_LABEL] } });
  await Promise.all(
    left.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true })
        .catch(() => undefined),
    ),
  );
});

// Code languages: a hello world through the pack's argv. The SQL dialects' runners need a schema and
// a query; runtime.int.ts runs their own tests in these images and sql-judge.int.ts judges through them.
describe.each(STDIO_LANGUAGE_IDS.map((id) => [id]))('runner image: %s', (id) => {
  const rt = languagePack(id);

  it('compiles and runs hello world under the sandbox hardening', async () => {
    const compile = rt.compile ? `${argvToShell(rt.compile)} >&2 || exit 91; ` : '';
    const source = Buffer.from(testSource(id, 'hello')).toString('base64');
    // Like the supervisor, raise RLIMIT_STACK to the run's memory limit (node's --stack-size relies on it).
    const run = `ulimit -s ${RUN_MEMORY_MIB * 1024}; exec ${argvToShell(rt.run)}`;
    const result = await runInRunner(rt, script(rt, compile + run), `${source}\nWorld\n`);
    expect(result, result.stderr).toMatchObject({ exitCode: 0, stdout: 'Hello, World!\n' });
  });

  it('fails the compile step of a program that does not compile', async () => {
    expect(rt.compile, `${id} needs a compile step to catch syntax errors`).toBeDefined();
    const source = Buffer.from(testSource(id, 'compile_error')).toString('base64');
    const result = await runInRunner(
      rt,
      script(rt, `${argvToShell(rt.compile ?? ['false'])}; echo "compile-exit=$?"`),
      `${source}\n`,
    );
    const exit = Number(/compile-exit=(\d+)/.exec(result.stdout)?.[1]);
    expect(exit, result.stdout + result.stderr).toBeGreaterThan(0);
    expect(exit).not.toBe(90);
    // The diagnostics name the source file, so the candidate can find the line.
    expect(result.stdout + result.stderr).toContain(rt.sourceFile);
  });
});

describe.each(LANGUAGE_IDS.map((id) => [id]))('runner image facts: %s', (id) => {
  const rt = languagePack(id);

  it("carries its pack's language, extension and editor mode, and its toolchain's own version", async () => {
    const labels = (await docker.getImage(`${runnerImage(id)}:latest`).inspect()).Config.Labels ?? {};
    expect(labels, 'stale image: run scripts/build-images.sh').toMatchObject(runnerLabels(rt));
    // The version the toolchain printed during the build, as /api/languages serves it.
    const recorded = await runInRunner(rt, 'cat /opt/tryout/version', '');
    expect(recorded.stdout).toMatch(/\d+\.\d+/);
    expect(labels[RUNNER_VERSION_LABEL]).toBe(recorded.stdout);
    expect((await readRunnerVersions(docker)).get(id)).toBe(recorded.stdout);
  });
});

describe('recipe hash', () => {
  const shellHash = (base: string, dirs: string[]): string =>
    execFileSync('bash', ['-c', '. scripts/provision/lib.sh && recipe_hash "$@"', 'recipe', base, ...dirs], {
      cwd: ROOT,
      env: { ...process.env, TRYOUT_ROOT: ROOT },
      encoding: 'utf8',
    }).trim();

  it.each(LANGUAGE_IDS.map((id) => [id]))('agrees with scripts/build-images.sh for %s', async (id) => {
    const dirs = runnerRecipeDirs(id);
    const files = await readRecipeFiles(ROOT, dirs);
    expect(recipeHash(files, 'sha256:0123')).toBe(shellHash('sha256:0123', dirs));
  });

  it('agrees for the base image', async () => {
    const files = await readRecipeFiles(ROOT, [BASE_RECIPE_DIR]);
    expect(recipeHash(files, '')).toBe(shellHash('', [BASE_RECIPE_DIR]));
  });
});
