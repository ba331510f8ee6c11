import { join } from 'node:path';
import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateRubyHarness } from './ruby.harness';
import { rubyStarter } from './ruby.starter';

export const rubyPack: LanguagePack = {
  id: 'ruby',
  name: 'Ruby',
  extensions: ['.rb'],
  editorMode: 'ruby',
  sourceFile: 'main.rb',
  compile: ['ruby', '-c', 'main.rb'],
  run: ['ruby', 'main.rb'],
  // Ruby's 1 MiB VM stack ends recursion near depth 10^4 (a 10^4-node chain tree); 128 MiB lets it reach
  // 10^6 like the other languages. Untouched stack pages cost no memory (measured: same peak RSS).
  env: { RUBY_THREAD_VM_STACK_SIZE: String(128 * 1024 * 1024) },
  timeMultiplier: 3,
  memoryBaselineKb: 13 * 1024,
  compileTimeLimitMs: 10_000,
  compileMemoryLimitKb: 256 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.rb'),
  function: { harness: generateRubyHarness, starter: rubyStarter },
  runtimeTests: {
    dir: join(__dirname, 'runtime'),
    // -w: the runtime must load without a single warning.
    compile: ['ruby', '-wc', 'tryout_runtime.rb'],
    quietCompile: true,
    run: ['ruby', 'test/tryout_runtime_test.rb'],
    passes: /^ok \d+\n$/,
  },
};
