import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';

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
};
