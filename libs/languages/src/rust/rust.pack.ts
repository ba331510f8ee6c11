import { join } from 'node:path';
import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateRustHarness } from './rust.harness';
import { rustStarter } from './rust.starter';

export const rustPack: LanguagePack = {
  id: 'rust',
  name: 'Rust',
  extensions: ['.rs'],
  editorMode: 'rust',
  sourceFile: 'main.rs',
  // No debug info: std's would make an 11 MB binary that every test's clean state rewrites.
  compile: ['rustc', '-O', '-C', 'strip=debuginfo', '--edition', '2021', '-o', 'main', 'main.rs'],
  run: ['./main'],
  timeMultiplier: 1,
  memoryBaselineKb: 0,
  compileTimeLimitMs: 30_000,
  compileMemoryLimitKb: 1024 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.rs'),
  function: { harness: generateRustHarness, starter: rustStarter },
  runtimeTests: {
    dir: join(__dirname, 'runtime'),
    compile: ['rustc', '--test', '--edition', '2021', '-o', 'runtime_test', 'test/tryout_test.rs'],
    run: ['./runtime_test', '--test-threads=1'],
    passes: /test result: ok\. \d+ passed; 0 failed/,
  },
};
