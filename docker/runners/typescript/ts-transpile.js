#!/usr/bin/env node
// Tryout's TypeScript "compiler": transpile-only (ts.transpileModule), so it costs tens of
// milliseconds instead of a full type-check. Syntax errors are printed like tsc prints them
// (file(line,col): error TSxxxx: message) and make it exit 1.
// Usage: node ts-transpile.js <in.ts> <out.js>
'use strict';
const fs = require('fs');
const ts = require('typescript');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: ts-transpile.js <in.ts> <out.js>\n');
  process.exit(2);
}

let source;
try {
  source = fs.readFileSync(input, 'utf8');
} catch (err) {
  process.stderr.write(`error TS6053: File '${input}' not found.\n`);
  process.exit(1);
}

const result = ts.transpileModule(source, {
  fileName: input,
  reportDiagnostics: true,
  compilerOptions: {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    esModuleInterop: true,
    strict: false,
    sourceMap: false,
  },
});

const errors = (result.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
for (const d of result.diagnostics || []) {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const category = ts.DiagnosticCategory[d.category].toLowerCase();
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    process.stdout.write(`${d.file.fileName}(${line + 1},${character + 1}): ${category} TS${d.code}: ${message}\n`);
  } else {
    process.stdout.write(`${category} TS${d.code}: ${message}\n`);
  }
}
if (errors.length > 0) process.exit(1);
fs.writeFileSync(output, result.outputText);
