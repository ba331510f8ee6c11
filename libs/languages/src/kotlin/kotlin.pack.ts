import { join } from 'node:path';
import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateKotlinHarness } from './kotlin.harness';
import { kotlinStarter } from './kotlin.starter';
import { kotlincArgv, kotlinRunArgv } from './kotlin.toolchain';

export const kotlinPack: LanguagePack = {
  id: 'kotlin',
  name: 'Kotlin',
  extensions: ['.kt'],
  editorMode: 'kotlin',
  // `fun main()` in Main.kt compiles to class MainKt.
  sourceFile: 'Main.kt',
  compile: kotlincArgv(['Main.kt']),
  run: kotlinRunArgv('MainKt'),
  env: { HOME: '/tmp' },
  timeMultiplier: 2,
  // As Java: -Xmx is the whole problem limit, so the JVM's own growth needs headroom beyond it.
  memoryBaselineKb: 64 * 1024,
  // The measured idle hello-world (docs/languages.md): a solution is measured on its own use.
  reportBaselineKb: 37 * 1024,
  // kotlinc costs several seconds of CPU even with its CDS archive (docs/languages.md).
  compileTimeLimitMs: 30_000,
  compileMemoryLimitKb: 1024 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.kt'),
  function: { harness: generateKotlinHarness, starter: kotlinStarter },
  runtimeTests: {
    dir: join(__dirname, 'runtime'),
    compile: kotlincArgv(['ListNode.kt', 'TreeNode.kt', 'TryoutJson.kt', 'test/RuntimeTest.kt']),
    run: kotlinRunArgv('RuntimeTestKt'),
    passes: /^ok\n$/,
  },
};
