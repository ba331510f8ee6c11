import type { TypeRef } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import type { GeneratedHarness } from '../harness/harness.types';
import { baseOf, type ResolvedSpec } from '../signature/signature.util';

const desc = (t: TypeRef): string => `[${JSON.stringify(baseOf(t))}, ${t.dims}]`;
const descs = (params: { type: TypeRef }[]): string => `[${params.map((p) => desc(p.type)).join(', ')}]`;

/**
 * The candidate's file is loaded as a CommonJS module; a footer appended AFTER its last line
 * exports the names the harness needs, so its line numbers stay intact. TypeScript is transpiled
 * by ts-build.js with a source map, and the harness enables source maps, so traces point into
 * solution.ts.
 */
const RUNTIME = String.raw`'use strict';
const fs = require('fs');
const INTERNAL = ${HARNESS_ABORT_EXIT_CODE};

function harnessFail(what, err) {
  try {
    fs.writeSync(2, 'tryout harness: ' + what + ': ' + (err && err.message ? err.message : String(err)) + '\n');
  } finally {
    process.exit(INTERNAL);
  }
}

function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}
function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

function toList(v) {
  let head = null;
  for (let i = v.length - 1; i >= 0; i--) head = new ListNode(v[i], head);
  return head;
}

function toTree(v) {
  if (v.length === 0 || v[0] === null) return null;
  const root = new TreeNode(v[0]);
  const queue = [root];
  let qi = 0;
  let i = 1;
  while (i < v.length) {
    const node = queue[qi++];
    if (v[i] !== null) queue.push((node.left = new TreeNode(v[i])));
    i++;
    if (i < v.length && v[i] !== null) queue.push((node.right = new TreeNode(v[i])));
    i++;
  }
  return root;
}

function arg(v, base, dims) {
  if (dims > 0) {
    if (v === null) return null;
    if (!Array.isArray(v)) throw new Error('expected an array of ' + base + ', got ' + JSON.stringify(v));
    if (base === 'ListNode' || base === 'TreeNode' || dims > 1) return v.map((x) => arg(x, base, dims - 1));
    return v;
  }
  if (base === 'ListNode' || base === 'TreeNode') {
    if (v === null) return null;
    if (!Array.isArray(v)) throw new Error('expected a ' + base + ' array, got ' + JSON.stringify(v));
    return base === 'ListNode' ? toList(v) : toTree(v);
  }
  if ((base === 'int' || base === 'long') && !Number.isInteger(v)) throw new Error('expected an integer, got ' + JSON.stringify(v));
  return v;
}

class CandidateError extends Error {}

function fromList(head) {
  const out = [];
  const seen = new Set();
  while (head !== null && head !== undefined) {
    if (seen.has(head)) throw new CandidateError('Found cycle in the ListNode');
    seen.add(head);
    out.push(head.val);
    head = head.next;
  }
  return out;
}

function fromTree(root) {
  if (root === null || root === undefined) return [];
  const out = [];
  const seen = new Set();
  const queue = [root];
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    if (node === null || node === undefined) {
      out.push(null);
      continue;
    }
    if (seen.has(node)) throw new CandidateError('Found a cycle or a shared node in the TreeNode');
    seen.add(node);
    out.push(node.val);
    queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** JSON text of a candidate's value, produced right away so later mutations cannot change it. */
function ret(v, base, dims) {
  if (base === 'void') return 'null';
  if (dims > 0) {
    if (v === null || v === undefined) return 'null';
    if (!Array.isArray(v)) {
      if (typeof v !== 'object' || typeof v[Symbol.iterator] !== 'function') return scalar(v);
      v = Array.from(v);
    }
    let s = '[';
    for (let i = 0; i < v.length; i++) s += (i ? ',' : '') + ret(v[i], base, dims - 1);
    return s + ']';
  }
  if (base === 'ListNode') return json(fromList(v));
  if (base === 'TreeNode') return json(fromTree(v));
  return scalar(v);
}

function finite(x) {
  if (!Number.isFinite(x)) throw new CandidateError('the function returned ' + x + ', which is not a JSON number');
  return x;
}

/** JSON.stringify, refusing NaN and the infinities (which it would silently write as null). */
function json(v) {
  return JSON.stringify(v, (key, x) => (typeof x === 'number' ? finite(x) : x));
}

function scalar(v) {
  if (typeof v === 'number') return JSON.stringify(finite(v));
  if (typeof v === 'bigint') return v.toString();
  if (v === undefined) return 'null';
  const s = v !== null && typeof v === 'object' ? json(v) : JSON.stringify(v);
  return s === undefined ? 'null' : s;
}

function readLines() {
  let data;
  for (;;) {
    try {
      data = fs.readFileSync(0, 'utf8');
      break;
    } catch (err) {
      if (err.code !== 'EAGAIN') throw err;
    }
  }
  return data.split('\n').filter((line) => line.trim() !== '');
}

function emit(text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  try {
    while (off < buf.length) {
      try {
        off += fs.writeSync(3, buf, off, buf.length - off);
      } catch (err) {
        if (err.code !== 'EAGAIN') throw err;
      }
    }
  } catch (err) {
    harnessFail('cannot write the result channel (fd 3)', err);
  }
}

function candidateFailed(err) {
  let text;
  if (err instanceof CandidateError) text = 'Error: ' + err.message;
  else if (err instanceof Error && err.stack) {
    // The harness's own frames say nothing to the candidate.
    text = err.stack
      .split('\n')
      .filter((line) => !/^\s+at .*(main\.js:\d+|node:internal)/.test(line))
      .join('\n');
  }
  else text = 'Uncaught ' + scalar(err);
  try {
    fs.writeSync(2, text + '\n');
  } finally {
    process.exit(1);
  }
}

function load(name) {
  const exported = require('./solution.js')[name];
  if (exported === undefined) throw new CandidateError(name + ' is not defined');
  return exported;
}
`;

/** The footer that exports the candidate's top-level names from its module. */
export function javascriptFooter(names: string[]): string {
  const entries = names.map((n) => `${n}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ');
  return `\n;module.exports = { ${entries} };\n`;
}

function body(spec: ResolvedSpec): string {
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `
let args;
try {
  const lines = readLines();
  const types = ${descs(fn.params)};
  if (lines.length < types.length) throw new Error('expected ' + types.length + ' input lines, got ' + lines.length);
  args = types.map(([base, dims], i) => arg(JSON.parse(lines[i]), base, dims));
} catch (err) {
  harnessFail('cannot read the test input', err);
}

let out;
try {
  const fn = load(${JSON.stringify(fn.name)});
  out = ret(fn(...args), ${JSON.stringify(baseOf(fn.returns))}, ${fn.returns.dims});
} catch (err) {
  candidateFailed(err);
}
emit(out);
process.exit(0);
`;
  }
  const methods = spec.methods
    .map((m) => `  ${JSON.stringify(m.name)}: [${descs(m.params)}, ${desc(m.returns)}],`)
    .join('\n');
  return `
const METHODS = {
${methods}
};

let calls;
try {
  const lines = readLines();
  if (lines.length < 2) throw new Error('expected 2 input lines, got ' + lines.length);
  const ops = JSON.parse(lines[0]);
  const args = JSON.parse(lines[1]);
  if (!Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length || ops.length === 0) {
    throw new Error('operations and arguments must be non-empty arrays of equal length');
  }
  if (ops[0] !== ${JSON.stringify(spec.className)}) throw new Error('the first operation must be ${spec.className}');
  calls = ops.map((op, i) => {
    const [types, returns] = i === 0 ? [${descs(spec.ctorParams)}, null] : Object.prototype.hasOwnProperty.call(METHODS, op) ? METHODS[op] : [];
    if (!types) throw new Error('unknown operation ' + JSON.stringify(op));
    if (!Array.isArray(args[i]) || args[i].length !== types.length) throw new Error('operation ' + i + ' (' + op + ') needs ' + types.length + ' arguments');
    return { op, args: types.map(([base, dims], j) => arg(args[i][j], base, dims)), returns };
  });
} catch (err) {
  harnessFail('cannot read the test input', err);
}

const out = ['null'];
try {
  const Cls = load(${JSON.stringify(spec.className)});
  const obj = new Cls(...calls[0].args);
  for (let i = 1; i < calls.length; i++) {
    const { op, args, returns } = calls[i];
    if (typeof obj[op] !== 'function') throw new CandidateError(${JSON.stringify(spec.className)} + '.' + op + ' is not a function');
    out.push(ret(obj[op](...args), returns[0], returns[1]));
  }
} catch (err) {
  candidateFailed(err);
}
emit('[' + out.join(',') + ']');
process.exit(0);
`;
}

/** Transpiles solution.ts with a source map (line numbers survive) and appends the export footer. */
function tsBuildScript(footer: string): string {
  return String.raw`'use strict';
const fs = require('fs');
const ts = require('typescript');
const source = fs.readFileSync('solution.ts', 'utf8');
const result = ts.transpileModule(source, {
  fileName: 'solution.ts',
  reportDiagnostics: true,
  compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, esModuleInterop: true, strict: false, sourceMap: true },
});
let failed = false;
for (const d of result.diagnostics || []) {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const category = ts.DiagnosticCategory[d.category].toLowerCase();
  if (d.category === ts.DiagnosticCategory.Error) failed = true;
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    process.stdout.write(d.file.fileName + '(' + (line + 1) + ',' + (character + 1) + '): ' + category + ' TS' + d.code + ': ' + message + '\n');
  } else {
    process.stdout.write(category + ' TS' + d.code + ': ' + message + '\n');
  }
}
if (failed) process.exit(1);
const code = result.outputText.replace(/\n\/\/# sourceMappingURL=[^\n]*\s*$/, '\n');
fs.writeFileSync('solution.js', code + ${JSON.stringify(footer)} + '//# sourceMappingURL=solution.js.map\n');
fs.writeFileSync('solution.js.map', result.sourceMapText);
`;
}

export function generateJavascriptHarness(
  spec: ResolvedSpec,
  candidateSource: string,
  typescript: boolean,
): GeneratedHarness {
  const names = spec.kind === 'function' ? [spec.fn.name] : [spec.className];
  const footer = javascriptFooter(names);
  const main = (typescript ? 'process.setSourceMapsEnabled(true);\n' : '') + RUNTIME + body(spec);
  if (typescript) {
    return {
      files: [
        { path: 'main.js', content: main },
        { path: 'ts-build.js', content: tsBuildScript(footer) },
        { path: 'solution.ts', content: candidateSource },
      ],
      compile: ['node', 'ts-build.js'],
    };
  }
  return {
    files: [
      { path: 'main.js', content: main },
      // The footer goes after the candidate's last line: its line numbers stay intact.
      { path: 'solution.js', content: candidateSource + footer },
    ],
    compile: ['node', '--check', 'solution.js'],
    run: ['node', '--stack-size=65500', 'main.js'],
  };
}
