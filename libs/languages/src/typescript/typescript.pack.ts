import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateTypescriptHarness, typescriptCompileArgv } from './typescript.harness';
import { typescriptStarter } from './typescript.starter';

export const typescriptPack: LanguagePack = {
  id: 'typescript',
  name: 'TypeScript',
  extensions: ['.ts'],
  editorMode: 'typescript',
  sourceFile: 'main.ts',
  // Type-checked like LeetCode: a type error is a compile error (docs/languages.md).
  compile: typescriptCompileArgv('main.ts', 'main.js'),
  run: ['node', '--stack-size=65500', 'main.js'],
  timeMultiplier: 2,
  memoryBaselineKb: 47 * 1024,
  compileTimeLimitMs: 15_000,
  compileMemoryLimitKb: 512 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.ts'),
  function: { harness: generateTypescriptHarness, starter: typescriptStarter },
};
