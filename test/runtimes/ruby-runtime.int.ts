import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProcess, runRuntimeTest } from '../support/runtime-test';

/** The Ruby harness runtime's own test (runtime/test/tryout_runtime_test.rb), run in the Ruby runner image. */
describe('Ruby harness runtime', () => {
  it('converts every catalog type, runs functions and design classes, and keeps the protocol', async () => {
    const ran = await runRuntimeTest({
      language: 'ruby',
      dir: join(__dirname, '../../libs/languages/src/ruby/runtime'),
      files: ['tryout_runtime.rb', 'test/tryout_runtime_test.rb'],
      compile: ['ruby', '-wc', 'tryout_runtime.rb'],
      run: ['ruby', 'test/tryout_runtime_test.rb'],
    });
    expect(ran.compiled?.exitCode, describeProcess(ran.compiled)).toBe(0);
    expect(ran.compiled?.stderr.toString(), 'no warnings').toBe('');
    expect(ran.run?.exitCode, describeProcess(ran.run)).toBe(0);
    expect(ran.run?.stdout.toString()).toMatch(/^ok \d+\n$/);
  }, 600_000);
});
