import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateElixirHarness } from './elixir.harness';
import { elixirStarter } from './elixir.starter';

export const elixirPack: LanguagePack = {
  id: 'elixir',
  name: 'Elixir',
  extensions: ['.ex', '.exs'],
  editorMode: 'elixir',
  sourceFile: 'main.ex',
  // A stdio program runs as a script; elixirc would run its top-level code at compile time, so the
  // compile step only parses it (docker/runners/elixir/syntax-check.exs): syntax errors fail there.
  // -noinput: the VM would otherwise read stdin ahead, which belongs to the program.
  compile: ['elixir', '--erl', '-noinput', '/opt/tryout/syntax-check.exs', 'main.ex'],
  run: ['elixir', 'main.ex'],
  env: {
    HOME: '/tmp',
    // One scheduler, none spinning while idle (spinning is CPU time the candidate would be charged).
    ERL_FLAGS: '+S 1:1 +A 1 +sbwt none +sbwtdcpu none +sbwtdio none',
    ERL_CRASH_DUMP_SECONDS: '0',
  },
  timeMultiplier: 3,
  // An idle `elixir` script peaks at 47 MiB; a harnessed call on bare `erl` at 40 MiB, which is
  // what a function solution is measured against (docs/languages.md).
  memoryBaselineKb: 47 * 1024,
  reportBaselineKb: 40 * 1024,
  compileTimeLimitMs: 30_000,
  compileMemoryLimitKb: 512 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.ex'),
  validator: {
    compile: (sources) => ['elixir', '--erl', '-noinput', '/opt/tryout/syntax-check.exs', ...sources],
    run: (entry) => ['elixir', entry],
    buildsBinary: false,
  },
  function: { harness: generateElixirHarness, starter: elixirStarter },
};
