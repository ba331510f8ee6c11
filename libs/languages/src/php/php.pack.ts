import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generatePhpHarness, phpLintArgv } from './php.harness';
import { phpStarter } from './php.starter';

export const phpPack: LanguagePack = {
  id: 'php',
  name: 'PHP',
  extensions: ['.php'],
  editorMode: 'php',
  sourceFile: 'main.php',
  compile: phpLintArgv('main.php'),
  run: ['php', 'main.php'],
  timeMultiplier: 3,
  memoryBaselineKb: 19 * 1024,
  compileTimeLimitMs: 10_000,
  compileMemoryLimitKb: 256 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.php'),
  validator: {
    compile: (_sources, entry) => phpLintArgv(entry),
    run: (entry) => ['php', entry],
    buildsBinary: false,
  },
  function: { harness: generatePhpHarness, starter: phpStarter },
};
