import { join } from 'node:path';
import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateCsharpHarness } from './csharp.harness';
import { csharpStarter } from './csharp.starter';

export const csharpPack: LanguagePack = {
  id: 'csharp',
  name: 'C#',
  extensions: ['.cs'],
  editorMode: 'csharp',
  sourceFile: 'main.cs',
  // System.Numerics is not referenced by default; C# users expect BigInteger to compile.
  compile: ['mcs', '-optimize+', '-r:System.Numerics.dll', '-out:main.exe', 'main.cs'],
  run: ['mono', 'main.exe'],
  timeMultiplier: 2,
  memoryBaselineKb: 16 * 1024,
  compileTimeLimitMs: 20_000,
  compileMemoryLimitKb: 512 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.cs'),
  function: { harness: generateCsharpHarness, starter: csharpStarter },
  runtimeTests: {
    dir: join(__dirname, 'runtime'),
    compile: ['mcs', '-out:runtime_test.exe', 'test/TryoutTest.cs', 'Tryout.cs', 'ListNode.cs', 'TreeNode.cs'],
    run: ['mono', 'runtime_test.exe'],
    passes: /\d+ passed, 0 failed/,
  },
};
