import { languagePack } from '@tryout/languages';
import Dockerode from 'dockerode';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STDIO_LANGUAGE_IDS, type LanguageId } from '@tryout/contracts';
import { DockerSandboxDriver } from './docker-sandbox.driver';
import { collect, languageJob, sandboxContainers } from './testing/sandbox-testing.util';

const docker = new Dockerode();
const RUNNERS = resolve(__dirname, '../../../docker/runners');

function sample(language: LanguageId, name: 'hello' | 'compile_error' | 'stdlib' | 'type_error'): string {
  const ext = languagePack(language).sourceFile.split('.').pop() as string;
  const file = resolve(RUNNERS, language, 'tests', `${name}.${ext}`);
  if (!existsSync(file)) throw new Error(`missing runner test file ${file}`);
  return readFileSync(file, 'utf8');
}

describe('DockerSandboxDriver: language matrix', () => {
  // Cold containers only (pool 0): the matrix checks images and argv, not the pool.
  const driver = new DockerSandboxDriver(docker, { poolSize: 0, idleMs: 60_000, reuseRuns: 5 });
  afterAll(async () => {
    await driver.close();
    expect(await sandboxContainers(docker, driver.driverId)).toEqual([]);
  });

  // Programs that read stdin and print: every stdio language (the SQL packs run one statement per
  // test, proven by libs/judge/src/judging/sql-judge.int.ts).
  it.each([...STDIO_LANGUAGE_IDS])('%s: hello world runs, then a compile error is reported', async (language) => {
    const hello = await collect(
      driver,
      languageJob(language, `matrix-${language}`, sample(language, 'hello'), [{ id: 'greet', stdin: 'Tryout\n' }]),
    );
    if (hello.compiled)
      expect(hello.compiled, hello.compiled.stderr.toString()).toMatchObject({ termination: 'exited', exitCode: 0 });
    expect(hello.tests).toHaveLength(1);
    const run = hello.tests[0].result;
    expect(run.stderr.toString()).toBe('');
    expect(run).toMatchObject({ termination: 'exited', exitCode: 0, signal: null });
    expect(run.stdout.toString().trim()).toBe('Hello, Tryout!');
    expect(run.cpuMs).toBeGreaterThan(0);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.memoryKb).toBeGreaterThan(100);

    const broken = await collect(
      driver,
      languageJob(language, `matrix-${language}`, sample(language, 'compile_error'), [
        { id: 'greet', stdin: 'Tryout\n' },
      ]),
    );
    if (languagePack(language).compile) {
      expect(broken.compiled?.termination).toBe('exited');
      expect(broken.compiled?.exitCode).not.toBe(0);
      const output = `${broken.compiled?.stdout.toString()}${broken.compiled?.stderr.toString()}`;
      expect(output.length).toBeGreaterThan(0);
      expect(broken.tests).toEqual([]);
    } else {
      expect(broken.tests[0].result.exitCode).not.toBe(0);
    }
  });

  // docker/runners/<lang>/tests/stdlib.<ext>: what that language's users expect to compile without
  // asking (libraries, standard, flags); stdlib.out is what it prints.
  const withStdlib = STDIO_LANGUAGE_IDS.filter((id) => existsSync(resolve(RUNNERS, id, 'tests', 'stdlib.out')));
  it.each(withStdlib)('%s: the libraries and language level its users expect', async (language) => {
    const out = await collect(
      driver,
      languageJob(language, `matrix-${language}`, sample(language, 'stdlib'), [{ id: 'stdlib', stdin: '' }]),
    );
    const compiled = `${out.compiled?.stdout.toString()}${out.compiled?.stderr.toString()}`;
    if (out.compiled) expect(out.compiled, compiled).toMatchObject({ termination: 'exited', exitCode: 0 });
    expect(out.tests[0].result.stderr.toString()).toBe('');
    expect(out.tests[0].result.stdout.toString()).toBe(
      readFileSync(resolve(RUNNERS, language, 'tests', 'stdlib.out'), 'utf8'),
    );
  });

  it('typescript: a type error is a compile error at its line, as on LeetCode', async () => {
    const out = await collect(
      driver,
      languageJob('typescript', 'matrix-typescript', sample('typescript', 'type_error'), [{ id: 'x', stdin: '' }]),
    );
    expect(out.compiled).toMatchObject({ termination: 'exited', exitCode: 1 });
    expect(out.compiled?.stdout.toString()).toBe(
      "main.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\n",
    );
    expect(out.tests).toEqual([]);
  });
});
