import type { ScalarType, TypeRef } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import { HarnessException, HarnessExceptionCode } from '../signature/harness.exception';
import type { GeneratedHarness } from '../harness/harness.types';
import { readPackFile } from '../pack-file.util';
import {
  capitalize,
  type ResolvedMethod,
  type ResolvedParam,
  type ResolvedSpec,
  usesNodeType,
} from '../signature/signature.util';

export const C_SOLUTION_FILE = 'solution.c';

/** The runtime (real C under runtime/, tested in the runner image): its files ship with every job. */
const RUNTIME_FILES = ['tryout_prelude.h', 'tryout.h', 'tryout.c'];

const C_SCALAR: Record<ScalarType, string> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  bool: 'bool',
  string: 'char*',
};

/** LeetCode's C type of a value (`int*` for `int[]`, `struct TreeNode*`); arrays carry their sizes beside. */
export function cType(t: TypeRef): string {
  if (t.kind === 'void') return 'void';
  if (t.kind === 'node') return `struct ${t.base}*`;
  return C_SCALAR[t.base] + '*'.repeat(t.dims);
}

/**
 * LeetCode's C parameters for one value: `int* nums, int numsSize`, `int** grid, int gridSize,
 * int* gridColSize`, `char* s`.
 */
export function cParams(p: ResolvedParam): string[] {
  const type = cType(p.type);
  if (p.type.dims === 0) return [`${type} ${p.name}`];
  if (p.type.dims === 1) return [`${type} ${p.name}`, `int ${p.name}Size`];
  return [`${type} ${p.name}`, `int ${p.name}Size`, `int* ${p.name}ColSize`];
}

/** The out-parameters LeetCode adds for a returned array: `int* returnSize`, `int** returnColumnSizes`. */
export function cReturnParams(t: TypeRef): string[] {
  if (t.kind === 'void' || t.dims === 0) return [];
  return t.dims === 1 ? ['int* returnSize'] : ['int* returnSize', 'int** returnColumnSizes'];
}

/** LeetCode's names of a design class's functions: `lRUCacheCreate`, `lRUCacheGet`, `lRUCacheFree`. */
export function cClassPrefix(className: string): string {
  return className.charAt(0).toLowerCase() + className.slice(1);
}

export function cMethodName(className: string, method: string): string {
  const name = method.toLowerCase();
  if (name === 'create' || name === 'free') {
    throw new HarnessException(
      HarnessExceptionCode.InvalidName,
      `${className}.${method}: C names a design class's functions ${cClassPrefix(className)}Create and ${cClassPrefix(className)}Free`,
    );
  }
  return cClassPrefix(className) + capitalize(method);
}

const runtimeName = (t: TypeRef): string =>
  t.kind === 'node' ? (t.base === 'ListNode' ? 'list' : 'tree') : t.kind === 'scalar' ? t.base : 'void';

/** One value's glue: its fields, how to read it from a JSON value, the arguments it becomes. */
function paramGlue(t: TypeRef, name: string, at: (field: string) => string, json: string) {
  const type = cType(t);
  const fn = `tryout_${runtimeName(t)}`;
  if (t.dims === 0) {
    return { fields: [`${type} ${name};`], read: `${at(name)} = ${fn}(${json});`, args: [at(name)] };
  }
  if (t.dims === 1) {
    return {
      fields: [`${type} ${name};`, `int ${name}Size;`],
      read: `${at(name)} = ${fn}_array(${json}, &${at(`${name}Size`)});`,
      args: [at(name), at(`${name}Size`)],
    };
  }
  return {
    fields: [`${type} ${name};`, `int ${name}Size;`, `int* ${name}ColSize;`],
    read: `${at(name)} = ${fn}_matrix(${json}, &${at(`${name}Size`)}, &${at(`${name}ColSize`)});`,
    args: [at(name), at(`${name}Size`), at(`${name}ColSize`)],
  };
}

/** The statements that call `callee(args…)` and append its result to `out` at once. */
function callGlue(returns: TypeRef, callee: string, args: string[]): string {
  if (returns.kind === 'void') return `${callee}(${args.join(', ')}); tryout_raw(&out, "null");`;
  const type = cType(returns);
  const fn = `tryout_write_${runtimeName(returns)}`;
  if (returns.dims === 0) return `${type} r = ${callee}(${args.join(', ')}); ${fn}(&out, r);`;
  if (returns.dims === 1) {
    return `int rs = -1; ${type} r = ${callee}(${[...args, '&rs'].join(', ')}); ${fn}_array(&out, r, rs);`;
  }
  return `int rs = -1; int* rcs = NULL; ${type} r = ${callee}(${[...args, '&rs', '&rcs'].join(', ')}); ${fn}_matrix(&out, r, rs, rcs);`;
}

const paramTypes = (params: ResolvedParam[]): string[] =>
  params.flatMap((p) => cParams(p).map((d) => d.slice(0, d.lastIndexOf(' '))));

function functionMain(fn: ResolvedMethod): string {
  const glue = fn.params.map((p, i) => paramGlue(p.type, `a${i}`, (f) => f, `&in[${i}]`));
  const proto = [...paramTypes(fn.params), ...cReturnParams(fn.returns).map((d) => d.slice(0, d.lastIndexOf(' ')))];
  return `${cType(fn.returns)} ${fn.name}(${proto.join(', ') || 'void'});

int main(void) {
    tryout_flush_on_crash();
    TryoutJson *in = tryout_read_input(${fn.params.length});
${glue.map((g) => `    ${g.fields.join(' ')}\n    ${g.read}`).join('\n')}
    TryoutOut out = {0};
    {
        ${callGlue(
          fn.returns,
          fn.name,
          glue.flatMap((g) => g.args),
        )}
    }
    tryout_emit(&out);
    return 0;
}
`;
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const prefix = cClassPrefix(spec.className);
  const protos = [
    `TryoutObject* ${prefix}Create(${paramTypes(spec.ctorParams).join(', ') || 'void'});`,
    ...spec.methods.map((m) => {
      const types = [
        'TryoutObject*',
        ...paramTypes(m.params),
        ...cReturnParams(m.returns).map((d) => d.slice(0, d.lastIndexOf(' '))),
      ];
      return `${cType(m.returns)} ${cMethodName(spec.className, m.name)}(${types.join(', ')});`;
    }),
    `void ${prefix}Free(TryoutObject*);`,
  ];
  const methodGlue = spec.methods.map((m) =>
    m.params.map((p, j) => paramGlue(p.type, `a${j}`, (f) => `c->${f}`, `&a[${j}]`)),
  );
  const structs = spec.methods
    .map((m, k) =>
      m.params.length ? `typedef struct { ${methodGlue[k].flatMap((g) => g.fields).join(' ')} } TryoutArgs${k};` : '',
    )
    .filter(Boolean);
  const ctor = spec.ctorParams.map((p, j) => paramGlue(p.type, `k${j}`, (f) => f, `&a[${j}]`));
  const reads = spec.methods.map((m, k) => {
    const store = m.params.length
      ? ` TryoutArgs${k} *c = malloc(sizeof *c); ${methodGlue[k].map((g) => g.read).join(' ')} slot[i] = c;`
      : '';
    return `        ${k ? 'else ' : ''}if (strcmp(op, ${JSON.stringify(m.name)}) == 0) { const TryoutJson *a = tryout_arguments(&in[0], &in[1], i, ${m.params.length}); (void)a; which[i] = ${k};${store} }`;
  });
  const calls = spec.methods.map((m, k) => {
    const args = ['obj', ...methodGlue[k].flatMap((g) => g.args)];
    const unpack = m.params.length ? `TryoutArgs${k} *c = slot[i]; ` : '';
    return `        case ${k}: { ${unpack}${callGlue(m.returns, cMethodName(spec.className, m.name), args)} break; }`;
  });
  return `typedef struct TryoutObject TryoutObject;
${protos.join('\n')}
${structs.join('\n')}

int main(void) {
    tryout_flush_on_crash();
    TryoutJson *in = tryout_read_input(2);
    int n = tryout_operations(&in[0], &in[1], ${JSON.stringify(spec.className)});
    int *which = malloc(sizeof(int) * (size_t)n);
    void **slot = calloc((size_t)n, sizeof(void *));
    const TryoutJson *a = tryout_arguments(&in[0], &in[1], 0, ${spec.ctorParams.length});
    (void)a;
${ctor.map((g) => `    ${g.fields.join(' ')}\n    ${g.read}`).join('\n')}
    for (int i = 1; i < n; i++) {
        const char *op = in[0].items[i].text;
${reads.join('\n')}
        else tryout_unknown_operation(&in[0], i);
    }
    TryoutOut out = {0};
    tryout_raw(&out, "[null");
    TryoutObject *obj = ${prefix}Create(${ctor.flatMap((g) => g.args).join(', ')});
    for (int i = 1; i < n; i++) {
        tryout_raw(&out, ",");
        switch (which[i]) {
${calls.join('\n')}
        }
    }
    ${prefix}Free(obj);
    tryout_raw(&out, "]");
    tryout_emit(&out);
    return 0;
}
`;
}

/**
 * LeetCode's declarations of what the candidate defines: a definition that differs fails the compile.
 * No parameters is `()`, which agrees with LeetCode's `f()` and with `f(void)` alike.
 */
function candidateDeclarations(spec: ResolvedSpec): string[] {
  if (spec.kind === 'function') {
    const fn = spec.fn;
    const params = [...fn.params.flatMap(cParams), ...cReturnParams(fn.returns)];
    return [`${cType(fn.returns)} ${fn.name}(${params.join(', ')});`];
  }
  const c = spec.className;
  const self = `${c}* obj`;
  return [
    `${c}* ${cClassPrefix(c)}Create(${spec.ctorParams.flatMap(cParams).join(', ')});`,
    ...spec.methods.map(
      (m) =>
        `${cType(m.returns)} ${cMethodName(c, m.name)}(${[self, ...m.params.flatMap(cParams), ...cReturnParams(m.returns)].join(', ')});`,
    ),
    `void ${cClassPrefix(c)}Free(${self});`,
  ];
}

/**
 * Three translation units: main.c (the glue below, on the runtime in tryout.h/tryout.c) and
 * candidate.c, which includes LeetCode's environment (tryout_prelude.h), then the candidate's own
 * solution.c (so diagnostics name solution.c and its lines), then LeetCode's declarations of the
 * functions it must define. The candidate's code never sees the runtime's names.
 */
export function generateCHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const main = spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec);
  const candidate = `#include "tryout_prelude.h"\n#include "${C_SOLUTION_FILE}"\n\n${candidateDeclarations(spec).join('\n')}\n`;
  const nodes = (['ListNode', 'TreeNode'] as const).filter((n) => usesNodeType(spec, n));
  return {
    files: [
      ...RUNTIME_FILES.map((name) => ({ path: name, content: readPackFile(__dirname, `runtime/${name}`) })),
      { path: 'main.c', content: `#include "tryout.h"\n\n${main}` },
      { path: 'candidate.c', content: candidate },
      { path: C_SOLUTION_FILE, content: candidateSource },
    ],
    compile: [
      'gcc',
      '-O2',
      '-std=gnu17',
      '-pipe',
      ...nodes.map((n) => `-DTRYOUT_${n === 'ListNode' ? 'LIST' : 'TREE'}_NODE`),
      `-DTRYOUT_ABORT_EXIT=${HARNESS_ABORT_EXIT_CODE}`,
      '-o',
      'main',
      'main.c',
      'candidate.c',
      'tryout.c',
      '-lm',
    ],
  };
}
