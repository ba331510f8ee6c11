import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateJavaHarness } from './java.harness';
import { javaStarter } from './java.starter';
import { javacArgv } from './java.toolchain';

export const javaPack: LanguagePack = {
  id: 'java',
  name: 'Java',
  extensions: ['.java'],
  editorMode: 'java',
  sourceFile: 'Main.java',
  compile: javacArgv(['Main.java']),
  run: ['java', '-XX:+UseSerialGC', '-Xshare:auto', '-XX:-UsePerfData', '-Xss64m', '-Xmx{mem}m', 'Main'],
  timeMultiplier: 2,
  // Idle hello-world is ~36 MiB, but -Xmx is the whole problem limit, so the JVM's non-heap
  // growth under load (JIT code cache, metaspace, GC tables) needs room beyond it too.
  memoryBaselineKb: 64 * 1024,
  // The measured idle hello-world (docs/languages.md): a solution is measured on its own use.
  reportBaselineKb: 36 * 1024,
  compileTimeLimitMs: 20_000,
  compileMemoryLimitKb: 1024 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.java'),
  function: { harness: generateJavaHarness, starter: javaStarter },
};
