import { VALIDATOR_BINARY, type LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateCppHarness } from './cpp.harness';
import { cppStarter } from './cpp.starter';

const gpp = (output: string, sources: string[]): string[] => [
  'g++',
  '-O2',
  '-std=gnu++17',
  '-pipe',
  '-o',
  output,
  ...sources,
];

export const cppPack: LanguagePack = {
  id: 'cpp',
  name: 'C++',
  extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp'],
  editorMode: 'cpp',
  sourceFile: 'main.cpp',
  compile: gpp('main', ['main.cpp']),
  run: ['./main'],
  timeMultiplier: 1,
  memoryBaselineKb: 0,
  compileTimeLimitMs: 20_000,
  compileMemoryLimitKb: 1024 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.cpp'),
  validator: {
    // Headers are included, not compiled.
    compile: (sources) =>
      gpp(
        VALIDATOR_BINARY,
        sources.filter((s) => !s.endsWith('.hpp')),
      ),
    run: () => [`./${VALIDATOR_BINARY}`],
    buildsBinary: true,
  },
  function: { harness: generateCppHarness, starter: cppStarter },
};
