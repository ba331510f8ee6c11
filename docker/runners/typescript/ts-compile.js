#!/usr/bin/env node
// Tryout's TypeScript compiler: a full type-check (like LeetCode, a type error is a compile error),
// then the emit. It runs inside the sandbox only: type-level recursion in hostile code can keep a
// checker busy, and the sandbox's compile limits bound it.
//
// Speed: a cold `ts.createProgram` parses and binds the standard library and @types/node (~130
// files) before it looks at the candidate's file: seconds of CPU. The image runs this file once at
// build time as a V8 startup snapshot (`node --snapshot-blob ts-compile.blob --build-snapshot
// ts-compile.js`): the compiler is loaded and every library file is parsed and bound in the
// snapshot's heap, so a compile only deserializes it and checks the candidate's file
// (bench/judge/typescript-check.bench.ts measures it). Run without a snapshot it works the same, cold.
//
// Usage: node --snapshot-blob /opt/tryout/ts-compile.blob <in.ts> <out.js> [options]
//   (options after the files: node takes any before the first file as its own)
//   --source-map          also write <out.js>.map and point <out.js> at it
//   --footer <file>       append this JavaScript after the emitted code (the harness's exports)
//   --signature <file>    type-check this file too: how the judge calls the candidate's code;
//                         its errors are reported at the candidate's declaration
//   --leetcode-types      declare ListNode and TreeNode as LeetCode does, unless <in.ts> declares them
// Diagnostics go to stdout as tsc prints them (file(line,col): error TSxxxx: message); exit 1 on errors.
'use strict';
const fs = require('fs');
const path = require('path');
const v8 = require('v8');

const TS_JS = '/usr/share/nodejs/typescript/lib/typescript.js';
const NODE_TYPES = '/usr/share/nodejs/@types/node/ts4.8/index.d.ts';
const LEETCODE_TYPES = { ListNode: path.join(__dirname, 'types/list-node.d.ts'), TreeNode: path.join(__dirname, 'types/tree-node.d.ts') };
/** Library files are parsed once (into the snapshot) and shared by every program. */
const LIBRARY_DIRS = ['/usr/share/nodejs/', path.join(__dirname, 'types') + '/'];

/**
 * A building snapshot can require built-in modules only, so the single-file compiler is evaluated
 * as a CommonJS module by hand.
 */
function loadTypeScript() {
  const module = { exports: {} };
  const factory = new Function('module', 'exports', 'require', '__filename', '__dirname', fs.readFileSync(TS_JS, 'utf8'));
  factory(module, module.exports, require, TS_JS, path.dirname(TS_JS));
  return module.exports;
}

const ts = loadTypeScript();

/**
 * Close to LeetCode's TypeScript (`--alwaysStrict --strictBindCallApply --strictFunctionTypes
 * --target ES2022`): type errors are errors, but implicit any and nullable values are allowed, as
 * in most interview code. No DOM: Node's globals and modules come from @types/node.
 */
const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  lib: ['lib.es2022.d.ts'],
  types: [],
  alwaysStrict: true,
  strictBindCallApply: true,
  strictFunctionTypes: true,
  noImplicitAny: false,
  strictNullChecks: false,
  esModuleInterop: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
};

const libraryFiles = new Map();

function isLibrary(fileName) {
  return LIBRARY_DIRS.some((dir) => fileName.startsWith(dir));
}

function createHost(options, memoryFiles) {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (memoryFiles.has(fileName)) return ts.createSourceFile(fileName, memoryFiles.get(fileName), languageVersion);
    if (!isLibrary(fileName)) return read.call(host, fileName, languageVersion, onError, shouldCreate);
    let file = libraryFiles.get(fileName);
    if (!file) {
      file = read.call(host, fileName, languageVersion, onError, shouldCreate);
      if (file) libraryFiles.set(fileName, file);
    }
    return file;
  };
  const fileExists = host.fileExists;
  host.fileExists = (fileName) => memoryFiles.has(fileName) || libraryFiles.has(fileName) || fileExists.call(host, fileName);
  return host;
}

/** Names the candidate's script declares at top level (a module's names are its own). */
function topLevelNames(file) {
  const names = new Set();
  if (ts.isExternalModule(file)) return names;
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
    } else if (statement.name && ts.isIdentifier(statement.name)) {
      names.add(statement.name.text);
    }
  }
  return names;
}

function declarationOf(file, name) {
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const d = statement.declarationList.declarations.find((v) => ts.isIdentifier(v.name) && v.name.text === name);
      if (d) return d.name;
    } else if (statement.name && ts.isIdentifier(statement.name) && statement.name.text === name) {
      return statement.name;
    }
  }
  return undefined;
}

function formatAt(file, start, d) {
  const { line, character } = file.getLineAndCharacterOfPosition(start);
  const category = ts.DiagnosticCategory[d.category].toLowerCase();
  return `${file.fileName}(${line + 1},${character + 1}): ${category} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n`;
}

function formatBare(d) {
  const category = ts.DiagnosticCategory[d.category].toLowerCase();
  return `${category} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n`;
}

/**
 * Type-checks `input` (and the judge's `signature` file) and, without errors, emits it.
 * Returns the diagnostics text and whether it failed; the caller writes files.
 */
function compile({ input, output, sourceMap, footer, signature, leetcodeTypes }, memoryFiles = new Map()) {
  const options = { ...OPTIONS, sourceMap: Boolean(sourceMap) };
  const host = createHost(options, memoryFiles);
  const source = host.getSourceFile(input, options.target);
  if (!source) return { text: `error TS6053: File '${input}' not found.\n`, failed: true };
  const roots = [input, NODE_TYPES];
  if (leetcodeTypes) {
    const own = topLevelNames(source);
    for (const [name, file] of Object.entries(LEETCODE_TYPES)) if (!own.has(name)) roots.push(file);
  }
  // A module's names are not global: the signature check can only see a script's.
  const checkSignature = signature && !ts.isExternalModule(source);
  if (checkSignature) roots.push(signature);
  const program = ts.createProgram({ rootNames: roots, options, host });
  const file = program.getSourceFile(input);

  let text = '';
  let failed = false;
  const report = (diagnostics, where) => {
    for (const d of diagnostics) {
      if (d.category === ts.DiagnosticCategory.Error) failed = true;
      text += where(d);
    }
  };
  const own = (d) => (d.file && d.start !== undefined ? formatAt(d.file, d.start, d) : formatBare(d));
  report(program.getOptionsDiagnostics(), own);
  report(program.getSyntacticDiagnostics(file), own);
  report(program.getGlobalDiagnostics(), own);
  report(program.getSemanticDiagnostics(file), own);
  if (checkSignature && !failed) {
    // Each line of the signature file is `const <probe>: <type the judge calls> = <name>;`: its
    // errors are reported at the candidate's declaration of <name>, never at the glue.
    const glue = program.getSourceFile(signature);
    report([...program.getSyntacticDiagnostics(glue), ...program.getSemanticDiagnostics(glue)], (d) => {
      const { line } = glue.getLineAndCharacterOfPosition(d.start);
      const probe = /^const \w+: (.*) = (\w+);$/.exec(glue.text.split('\n')[line].trim());
      if (!probe) return formatBare(d);
      const message = {
        ...d,
        messageText: `the judge uses ${probe[2]} as ${probe[1]}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      };
      const at = declarationOf(file, probe[2]);
      return at ? formatAt(file, at.getStart(file), message) : formatBare(message);
    });
  }
  if (failed) return { text, failed };

  let js = '';
  let map = '';
  program.emit(file, (name, data) => {
    if (name.endsWith('.map')) map = data;
    else js = data;
  });
  js = js.replace(/\n\/\/# sourceMappingURL=[^\n]*\s*$/, '\n');
  if (footer) js += fs.readFileSync(footer, 'utf8');
  if (sourceMap) js += `//# sourceMappingURL=${path.basename(output)}.map\n`;
  return { text, failed, js, map };
}

function parseArgs(argv) {
  const args = { sourceMap: false, leetcodeTypes: false };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--source-map') args.sourceMap = true;
    else if (a === '--leetcode-types') args.leetcodeTypes = true;
    else if (a === '--footer') args.footer = argv[++i];
    else if (a === '--signature') args.signature = argv[++i];
    else rest.push(a);
  }
  [args.input, args.output] = rest;
  return args;
}

/** `first`: where the arguments start in process.argv (a snapshot's main has no script path). */
function main(first) {
  const args = parseArgs(process.argv.slice(first));
  if (!args.input || !args.output) {
    process.stderr.write('usage: ts-compile <in.ts> <out.js> [--source-map] [--footer f] [--signature f] [--leetcode-types]\n');
    process.exit(2);
  }
  let result;
  try {
    result = compile(args);
  } catch (err) {
    // The checker gave up on this program (e.g. its types recurse too deep for the stack).
    process.stdout.write(`${args.input}: error: the type checker could not check this program: ${err && err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(result.text);
  if (result.failed) process.exit(1);
  fs.writeFileSync(args.output, result.js);
  if (args.sourceMap) fs.writeFileSync(`${args.output}.map`, result.map);
}

function isBuildingSnapshot() {
  return Boolean(v8.startupSnapshot && v8.startupSnapshot.isBuildingSnapshot());
}

/** Parses and binds every library file, and runs the checker once, into the snapshot's heap. */
function warmUp() {
  const input = '/warm-up/solution.ts';
  const signature = '/warm-up/signature.ts';
  const memory = new Map([
    [
      input,
      "const { readFileSync } = require('fs');\nconst head: ListNode | null = new ListNode(1);\n" +
        'function f(a: number[], s: string): number[] { return [...new Set(a)].map((x) => x + s.length).sort((x, y) => x - y); }\n' +
        'console.log(readFileSync, head, new Map<string, number>(), f([1], "a"), 1n, "x".at(0), Object.hasOwn({}, "a"));\n',
    ],
    [signature, 'const probe0: (a: number[], s: string) => number[] = f;\n'],
  ]);
  const result = compile({ input, output: '/warm-up/solution.js', sourceMap: true, leetcodeTypes: true, signature }, memory);
  if (result.failed) throw new Error(`warm-up failed:\n${result.text}`);
}

if (isBuildingSnapshot()) {
  warmUp();
  v8.startupSnapshot.setDeserializeMainFunction(() => main(1));
} else {
  main(2);
}
