import { join } from 'node:path';
import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateScalaHarness } from './scala.harness';
import { scalaStarter } from './scala.starter';
import { scalacArgv, scalaRunArgv } from './scala.toolchain';

export const scalaPack: LanguagePack = {
  id: 'scala',
  name: 'Scala',
  extensions: ['.scala'],
  editorMode: 'scala',
  // `object Main` with a main method.
  sourceFile: 'Main.scala',
  compile: scalacArgv(['Main.scala']),
  run: scalaRunArgv('Main'),
  env: { HOME: '/tmp' },
  timeMultiplier: 2,
  // As Java: -Xmx is the whole problem limit, so the JVM's own growth needs headroom beyond it.
  memoryBaselineKb: 64 * 1024,
  // The measured idle hello-world (docs/languages.md): a solution is measured on its own use.
  reportBaselineKb: 42 * 1024,
  // scalac costs several seconds of CPU even with its CDS archive (docs/languages.md).
  compileTimeLimitMs: 30_000,
  compileMemoryLimitKb: 1024 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.scala'),
  function: { harness: generateScalaHarness, starter: scalaStarter },
  runtimeTests: {
    dir: join(__dirname, 'runtime'),
    compile: scalacArgv(['ListNode.scala', 'TreeNode.scala', 'TryoutJson.scala', 'test/RuntimeTest.scala']),
    run: scalaRunArgv('RuntimeTest'),
    passes: /^ok\n$/,
  },
};
