import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARNESS_ABORT_EXIT_CODE } from '@tryout/languages';
import { describeProcess, runRuntimeTest } from '../support/runtime-test';

/** The C harness runtime's own test (runtime/test/tryout_test.c), compiled and run in the C runner image. */
describe('C harness runtime', () => {
  it('parses, converts and writes every catalog type; fails the candidate or aborts as the protocol says', async () => {
    const ran = await runRuntimeTest({
      language: 'c',
      dir: join(__dirname, '../../libs/languages/src/c/runtime'),
      files: ['tryout_prelude.h', 'tryout.h', 'tryout.c', 'test/tryout_test.c'],
      compile: [
        'gcc',
        '-O2',
        '-std=gnu17',
        '-Wall',
        '-Wextra',
        '-Werror',
        `-DTRYOUT_ABORT_EXIT=${HARNESS_ABORT_EXIT_CODE}`,
        '-o',
        'runtime_test',
        'test/tryout_test.c',
        'tryout.c',
        '-lm',
      ],
      run: ['./runtime_test'],
    });
    expect(ran.compiled?.exitCode, describeProcess(ran.compiled)).toBe(0);
    expect(ran.run?.exitCode, describeProcess(ran.run)).toBe(0);
    expect(ran.run?.stdout.toString()).toMatch(/^ok \d+\n$/);
  }, 600_000);
});
