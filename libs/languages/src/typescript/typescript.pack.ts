import { generateJavascriptHarness } from '../javascript/javascript.harness';
import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { typescriptStarter } from './typescript.starter';

export const typescriptPack: LanguagePack = {
  id: 'typescript',
  name: 'TypeScript',
  extensions: ['.ts'],
  editorMode: 'typescript',
  sourceFile: 'main.ts',
  // Transpile-only (docker/runners/typescript/ts-transpile.js): syntax errors fail, type errors do not.
  compile: ['node', '/opt/tryout/ts-transpile.js', 'main.ts', 'main.js'],
  run: ['node', '--stack-size=65500', 'main.js'],
  timeMultiplier: 2,
  memoryBaselineKb: 47 * 1024,
  compileTimeLimitMs: 15_000,
  compileMemoryLimitKb: 512 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.ts'),
  function: { harness: (spec, source) => generateJavascriptHarness(spec, source, true), starter: typescriptStarter },
};
