// Runs inside the TypeScript runner image (bench/judge/typescript-check.ts starts it): compiles the
// same files with each way of compiling, ROUNDS times interleaved, each in a fresh node process,
// and prints one JSON line per run with its wall time and CPU time (the children's rusage from
// /proc/self/stat, so node's own start-up counts too).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

const [mode, ...rest] = process.argv.slice(2);

/** What the runner did before type-checking: ts.transpileModule, syntax errors only. */
function transpile(input, output) {
  const ts = require('typescript');
  const out = ts.transpileModule(fs.readFileSync(input, 'utf8'), {
    fileName: input,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true },
  });
  fs.writeFileSync(output, out.outputText);
}

const WAYS = {
  'node start-up': (input, output) => ['node', '-e', '0'],
  'transpile only': (input, output) => ['node', __filename, 'transpile', input, output],
  'type-check, cold createProgram': (input, output) => ['node', '/opt/tryout/ts-compile.js', input, output],
  'type-check, from the snapshot': (input, output) => [
    'node',
    '--snapshot-blob',
    '/opt/tryout/ts-compile.blob',
    input,
    output,
  ],
};

function childCpuMs() {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime and cstime (fields 16 and 17 of stat, 14 and 15 after the command) in clock ticks (100/s).
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

if (mode === 'transpile') {
  transpile(rest[0], rest[1]);
} else {
  const rounds = Number(mode || 5);
  const files = rest.length ? rest : ['/bench/sample.ts'];
  for (let round = 0; round < rounds; round++) {
    for (const [way, argv] of Object.entries(WAYS)) {
      for (const input of files) {
        const output = `/tmp/${way.replace(/\W+/g, '-')}.js`;
        const [cmd, ...args] = argv(input, output);
        const cpu0 = childCpuMs();
        const t0 = process.hrtime.bigint();
        execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
        const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
        process.stdout.write(JSON.stringify({ way, input, round, wallMs, cpuMs: childCpuMs() - cpu0 }) + '\n');
      }
    }
  }
}
