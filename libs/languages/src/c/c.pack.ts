import { VALIDATOR_BINARY, type LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';

const gcc = (output: string, sources: string[]): string[] => [
  'gcc',
  '-O2',
  '-std=gnu17',
  '-pipe',
  '-o',
  output,
  ...sources,
  '-lm',
];

export const cPack: LanguagePack = {
  id: 'c',
  name: 'C',
  extensions: ['.c'],
  editorMode: 'c',
  sourceFile: 'main.c',
  compile: gcc('main', ['main.c']),
  run: ['./main'],
  timeMultiplier: 1,
  memoryBaselineKb: 0,
  compileTimeLimitMs: 15_000,
  compileMemoryLimitKb: 512 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.c'),
  validator: {
    compile: (sources) => gcc(VALIDATOR_BINARY, sources),
    run: () => [`./${VALIDATOR_BINARY}`],
    buildsBinary: true,
  },
};
