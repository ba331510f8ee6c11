import { join } from 'node:path';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import { VALIDATOR_BINARY, type LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateCHarness } from './c.harness';
import { cStarter } from './c.starter';

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
  function: { harness: generateCHarness, starter: cStarter },
  runtimeTests: {
    dir: join(__dirname, 'runtime'),
    compile: [
      'gcc',
      '-O2',
      '-std=gnu17',
      '-Wall',
      '-Wextra',
      '-Werror',
      `-DTRYOUT_ABORT_EXIT=${HARNESS_ABORT_EXIT_CODE}`,
      '-o',
      'runtime_test',
      'test/tryout_test.c',
      'tryout.c',
      '-lm',
    ],
    run: ['./runtime_test'],
    passes: /^ok \d+\n$/,
  },
};
