import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';

export const rubyPack: LanguagePack = {
  id: 'ruby',
  name: 'Ruby',
  extensions: ['.rb'],
  editorMode: 'ruby',
  sourceFile: 'main.rb',
  compile: ['ruby', '-c', 'main.rb'],
  run: ['ruby', 'main.rb'],
  timeMultiplier: 3,
  memoryBaselineKb: 13 * 1024,
  compileTimeLimitMs: 10_000,
  compileMemoryLimitKb: 256 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.rb'),
};
