import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateJavascriptHarness } from './javascript.harness';
import { javascriptStarter } from './javascript.starter';

export const javascriptPack: LanguagePack = {
  id: 'javascript',
  name: 'JavaScript (Node.js)',
  extensions: ['.js', '.mjs', '.cjs'],
  editorMode: 'javascript',
  sourceFile: 'main.js',
  compile: ['node', '--check', 'main.js'],
  // 64 MiB of V8 stack for deep recursion. Safe only because the supervisor raises
  // RLIMIT_STACK to the run's memory limit (>= baseline + problem limit > 64 MiB); under
  // Docker's default 8 MiB a deep recursion would segfault instead of throwing RangeError.
  run: ['node', '--stack-size=65500', 'main.js'],
  timeMultiplier: 2,
  memoryBaselineKb: 47 * 1024,
  compileTimeLimitMs: 10_000,
  compileMemoryLimitKb: 512 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.js'),
  function: { harness: (spec, source) => generateJavascriptHarness(spec, source, false), starter: javascriptStarter },
};
