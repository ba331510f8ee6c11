import { goBuildArgv } from './go.toolchain';
import type { TypeRef } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import type { GeneratedHarness } from '../harness/harness.types';
import {
  capitalize,
  type ResolvedMethod,
  type ResolvedParam,
  type ResolvedSpec,
  usesNodeType,
} from '../signature/signature.util';

export const GO_SOLUTION_FILE = 'solution.go';

const SCALAR_GO: Record<string, string> = {
  int: 'int',
  long: 'int',
  double: 'float64',
  bool: 'bool',
  string: 'string',
};

/** The natural Go type (LeetCode's): `[]int`, `[][]string`, `*TreeNode`. */
export function goType(t: TypeRef): string {
  if (t.kind === 'void') return '';
  if (t.kind === 'node') return `*${t.base}`;
  return '[]'.repeat(t.dims) + SCALAR_GO[t.base];
}

/**
 * Packages LeetCode's Go environment lets candidates use without importing, with one exported
 * symbol each so an import that turns out unused (a local variable named `list`) still compiles.
 */
const AUTO_IMPORTS: { path: string; name: string; symbol: string }[] = [
  { path: 'fmt', name: 'fmt', symbol: 'Sprint' },
  { path: 'sort', name: 'sort', symbol: 'Ints' },
  { path: 'strings', name: 'strings', symbol: 'Split' },
  { path: 'strconv', name: 'strconv', symbol: 'Itoa' },
  { path: 'math', name: 'math', symbol: 'Abs' },
  { path: 'math/bits', name: 'bits', symbol: 'OnesCount' },
  { path: 'math/rand', name: 'rand', symbol: 'Intn' },
  { path: 'container/heap', name: 'heap', symbol: 'Init' },
  { path: 'container/list', name: 'list', symbol: 'New' },
  { path: 'unicode', name: 'unicode', symbol: 'IsDigit' },
  { path: 'bytes', name: 'bytes', symbol: 'Equal' },
  { path: 'errors', name: 'errors', symbol: 'New' },
  { path: 'regexp', name: 'regexp', symbol: 'MustCompile' },
];

/** Go 1.21's min/max builtins, for toolchains older than that (Debian bookworm has 1.19). */
const MIN_MAX: Record<'min' | 'max', string> = {
  min: 'func min[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string](x T, ys ...T) T { for _, y := range ys { if y < x { x = y } }; return x }',
  max: 'func max[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string](x T, ys ...T) T { for _, y := range ys { if y > x { x = y } }; return x }',
};

function declaresTopLevel(source: string, name: string): boolean {
  return new RegExp(`^\\s*(?:func|type|var|const)\\s+${name}\\b`, 'm').test(source);
}

function importedPaths(source: string): Set<string> {
  const paths = new Set<string>();
  for (const block of source.matchAll(/\bimport\s*\(([^)]*)\)/g)) {
    for (const m of block[1].matchAll(/"([^"]+)"/g)) paths.add(m[1]);
  }
  for (const m of source.matchAll(/\bimport\s+(?:[\w.]+\s+)?"([^"]+)"/g)) paths.add(m[1]);
  return paths;
}

/**
 * LeetCode's Go candidates write neither `package main` nor imports. Line 1 gets
 * `package main; import (...);` for the packages the code refers to (so line numbers stay),
 * and the end of the file gets blank uses of those imports and min/max for old toolchains.
 * A file that has its own package clause is left as written.
 */
export function prepareGoSource(source: string): string {
  if (/^\s*package\s+\w+/m.test(source)) return source;
  const imported = importedPaths(source);
  const add = AUTO_IMPORTS.filter(
    (pkg) =>
      !imported.has(pkg.path) &&
      new RegExp(`(?<![\\w.])${pkg.name}\\.[A-Za-z_]`).test(source) &&
      !declaresTopLevel(source, pkg.name),
  );
  const head = `package main; ${add.length ? `import (${add.map((p) => JSON.stringify(p.path)).join('; ')}); ` : ''}`;
  const tail = add.map((p) => `var _ = ${p.name}.${p.symbol}`);
  for (const fn of ['min', 'max'] as const) {
    if (new RegExp(`(?<![\\w.])${fn}\\s*\\(`).test(source) && !declaresTopLevel(source, fn)) tail.push(MIN_MAX[fn]);
  }
  return head + source + (source.endsWith('\n') ? '' : '\n') + (tail.length ? tail.join('\n') + '\n' : '');
}

const GO_LIST_NODE = `type ListNode struct {
	Val  int
	Next *ListNode
}
`;

const GO_TREE_NODE = `type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}
`;

/** Everything the harness declares is prefixed `tryout` so nothing collides with the candidate's names. */
const RUNTIME = `
import (
	tryoutjson "encoding/json"
	tryoutfmt "fmt"
	tryoutio "io"
	tryoutmath "math"
	tryoutos "os"
	tryoutreflect "reflect"
	tryoutstrconv "strconv"
	tryoutstrings "strings"
	tryoututf8 "unicode/utf8"
)

const tryoutInternal = ${HARNESS_ABORT_EXIT_CODE}

func tryoutFail(what string, err interface{}) {
	tryoutfmt.Fprintf(tryoutos.Stderr, "tryout harness: %s: %v\\n", what, err)
	tryoutos.Exit(tryoutInternal)
}

func tryoutLines() []string {
	data, err := tryoutio.ReadAll(tryoutos.Stdin)
	if err != nil {
		panic(err)
	}
	var lines []string
	for _, line := range tryoutstrings.Split(string(data), "\\n") {
		if tryoutstrings.TrimSpace(line) != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

func tryoutNeed(have, want int, what string) {
	if have < want {
		panic(tryoutfmt.Sprintf("expected %d %s, got %d", want, what, have))
	}
}

func tryoutDecode(text []byte, into interface{}) {
	if err := tryoutjson.Unmarshal(text, into); err != nil {
		panic(tryoutfmt.Sprintf("%v in %.80s", err, text))
	}
}

func tryoutWriteString(b *tryoutstrings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := tryoututf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			b.WriteString("\\\\\\"")
		case r == '\\\\':
			b.WriteString("\\\\\\\\")
		case r == '\\n':
			b.WriteString("\\\\n")
		case r == '\\r':
			b.WriteString("\\\\r")
		case r == '\\t':
			b.WriteString("\\\\t")
		case r < 0x20:
			tryoutfmt.Fprintf(b, "\\\\u%04x", r)
		case r == tryoututf8.RuneError && size == 1:
			b.WriteString("\\\\ufffd")
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
}

func tryoutWriteFloat(b *tryoutstrings.Builder, f float64) {
	if tryoutmath.IsNaN(f) || tryoutmath.IsInf(f, 0) {
		panic(tryoutfmt.Sprintf("the function returned %v, which is not a JSON number", f))
	}
	b.WriteString(tryoutstrconv.FormatFloat(f, 'g', -1, 64))
}

// tryoutWrite serialises whatever the candidate returned; nil slices are [] as on LeetCode.
func tryoutWrite(b *tryoutstrings.Builder, v interface{}) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
		return
@NODE_CASES@
	case int:
		b.WriteString(tryoutstrconv.Itoa(x))
		return
	case bool:
		b.WriteString(tryoutstrconv.FormatBool(x))
		return
	case string:
		tryoutWriteString(b, x)
		return
	case float64:
		tryoutWriteFloat(b, x)
		return
	case []int:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(tryoutstrconv.Itoa(e))
		}
		b.WriteByte(']')
		return
	}
	rv := tryoutreflect.ValueOf(v)
	switch rv.Kind() {
	case tryoutreflect.Slice, tryoutreflect.Array:
		b.WriteByte('[')
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			tryoutWrite(b, rv.Index(i).Interface())
		}
		b.WriteByte(']')
	case tryoutreflect.Int, tryoutreflect.Int8, tryoutreflect.Int16, tryoutreflect.Int32, tryoutreflect.Int64:
		b.WriteString(tryoutstrconv.FormatInt(rv.Int(), 10))
	case tryoutreflect.Uint, tryoutreflect.Uint8, tryoutreflect.Uint16, tryoutreflect.Uint32, tryoutreflect.Uint64:
		b.WriteString(tryoutstrconv.FormatUint(rv.Uint(), 10))
	case tryoutreflect.Float32, tryoutreflect.Float64:
		tryoutWriteFloat(b, rv.Float())
	case tryoutreflect.Bool:
		b.WriteString(tryoutstrconv.FormatBool(rv.Bool()))
	case tryoutreflect.String:
		tryoutWriteString(b, rv.String())
	case tryoutreflect.Ptr, tryoutreflect.Interface:
		if rv.IsNil() {
			b.WriteString("null")
		} else {
			tryoutWrite(b, rv.Elem().Interface())
		}
	default:
		panic(tryoutfmt.Sprintf("cannot serialise a %T as JSON", v))
	}
}

func tryoutJSON(v interface{}) string {
	var b tryoutstrings.Builder
	tryoutWrite(&b, v)
	return b.String()
}

func tryoutEmit(out string) {
	f := tryoutos.NewFile(3, "result")
	if f == nil {
		tryoutFail("cannot write the result channel (fd 3)", "fd 3 is not open")
	}
	if _, err := f.WriteString(out); err != nil {
		tryoutFail("cannot write the result channel (fd 3)", err)
	}
	f.Close()
}

// tryoutRead runs the input stage: any failure there is the harness's, never the candidate's.
func tryoutRead(read func()) {
	defer func() {
		if r := recover(); r != nil {
			tryoutFail("cannot read the test input", r)
		}
	}()
	read()
}
`;

const LIST_RUNTIME = `
func tryoutToList(v []int) *ListNode {
	var head *ListNode
	for i := len(v) - 1; i >= 0; i-- {
		head = &ListNode{Val: v[i], Next: head}
	}
	return head
}

func tryoutDecodeList(text []byte) *ListNode {
	var v []int
	tryoutDecode(text, &v)
	return tryoutToList(v)
}

func tryoutWriteList(b *tryoutstrings.Builder, head *ListNode) {
	seen := map[*ListNode]bool{}
	b.WriteByte('[')
	for first := true; head != nil; head, first = head.Next, false {
		if seen[head] {
			panic("Found cycle in the ListNode")
		}
		seen[head] = true
		if !first {
			b.WriteByte(',')
		}
		b.WriteString(tryoutstrconv.Itoa(head.Val))
	}
	b.WriteByte(']')
}
`;

const TREE_RUNTIME = `
func tryoutDecodeTree(text []byte) *TreeNode {
	var v []*int
	tryoutDecode(text, &v)
	if len(v) == 0 || v[0] == nil {
		return nil
	}
	root := &TreeNode{Val: *v[0]}
	queue := []*TreeNode{root}
	for i := 1; i < len(v); {
		node := queue[0]
		queue = queue[1:]
		if v[i] != nil {
			node.Left = &TreeNode{Val: *v[i]}
			queue = append(queue, node.Left)
		}
		i++
		if i < len(v) && v[i] != nil {
			node.Right = &TreeNode{Val: *v[i]}
			queue = append(queue, node.Right)
		}
		i++
	}
	return root
}

func tryoutWriteTree(b *tryoutstrings.Builder, root *TreeNode) {
	var parts []string
	last := 0
	seen := map[*TreeNode]bool{}
	queue := []*TreeNode{}
	if root != nil {
		queue = append(queue, root)
	}
	for i := 0; i < len(queue); i++ {
		node := queue[i]
		if node == nil {
			parts = append(parts, "null")
			continue
		}
		if seen[node] {
			panic("Found a cycle or a shared node in the TreeNode")
		}
		seen[node] = true
		parts = append(parts, tryoutstrconv.Itoa(node.Val))
		last = len(parts)
		queue = append(queue, node.Left, node.Right)
	}
	b.WriteByte('[')
	b.WriteString(tryoutstrings.Join(parts[:last], ","))
	b.WriteByte(']')
}
`;

/** Statement(s) decoding JSON `text` into a fresh variable `name` of the natural type. */
function decodeInto(t: TypeRef, name: string, text: string): string {
  if (t.kind === 'node') return `${name} := tryoutDecode${t.base === 'ListNode' ? 'List' : 'Tree'}(${text})`;
  return `var ${name} ${goType(t)}\n\t\ttryoutDecode(${text}, &${name})`;
}

function functionMain(fn: ResolvedMethod): string {
  const decls = fn.params.map((p, i) => `\tvar a${i} ${goType(p.type)}`).join('\n');
  const reads = fn.params
    .map((p, i) => `\t\t${decodeInto(p.type, `v${i}`, `[]byte(lines[${i}])`)}\n\t\ta${i} = v${i}`)
    .join('\n');
  const call = `${fn.name}(${fn.params.map((_, i) => `a${i}`).join(', ')})`;
  const invoke = fn.returns.kind === 'void' ? `\t${call}\n\tout := "null"` : `\tout := tryoutJSON(${call})`;
  return `
func main() {
${decls}
	tryoutRead(func() {
		lines := tryoutLines()
		tryoutNeed(len(lines), ${fn.params.length}, "input lines")
${reads}
	})
${invoke}
	tryoutEmit(out)
}
`;
}

function structOf(params: ResolvedParam[]): string {
  return `struct{ ${params.map((p, j) => `p${j} ${goType(p.type)}`).join('; ')} }`;
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const decodeArgs = (params: ResolvedParam[], target: string): string =>
    params
      .map(
        (p, j) =>
          `\t\t\t\t${decodeInto(p.type, `x${j}`, `a[${j}]`).replace('\n\t\t', '\n\t\t\t\t')}\n\t\t\t\t${target}.p${j} = x${j}`,
      )
      .join('\n');
  const stores = spec.methods.map((m, k) => `\tvar c${k} []${structOf(m.params)}`).join('\n');
  const reads = spec.methods
    .map(
      (m, k) => `\t\t\tcase ${JSON.stringify(m.name)}:
				tryoutNeed(len(a), ${m.params.length}, "arguments")
				var e ${structOf(m.params)}
${decodeArgs(m.params, 'e')}
				which[i], slot[i] = ${k}, len(c${k})
				c${k} = append(c${k}, e)`,
    )
    .join('\n');
  const calls = spec.methods
    .map((m, k) => {
      const args = m.params.map((_, j) => `e.p${j}`).join(', ');
      const head = m.params.length ? `\t\t\te := &c${k}[slot[i]]\n` : '';
      const call = `obj.${capitalize(m.name)}(${args})`;
      return `\t\tcase ${k}:\n${head}${m.returns.kind === 'void' ? `\t\t\t${call}\n\t\t\tout = append(out, "null")` : `\t\t\tout = append(out, tryoutJSON(${call}))`}`;
    })
    .join('\n');
  const ctorArgs = spec.ctorParams.map((_, j) => `ctor.p${j}`).join(', ');
  return `
func main() {
	var which, slot []int
	var ctor ${structOf(spec.ctorParams)}
	_ = ctor // a constructor without parameters never reads it, and Go rejects unused variables
${stores}
	tryoutRead(func() {
		lines := tryoutLines()
		tryoutNeed(len(lines), 2, "input lines")
		var ops []string
		var args [][]tryoutjson.RawMessage
		tryoutDecode([]byte(lines[0]), &ops)
		tryoutDecode([]byte(lines[1]), &args)
		if len(ops) == 0 || len(ops) != len(args) {
			panic("operations and arguments must be non-empty arrays of equal length")
		}
		if ops[0] != ${JSON.stringify(spec.className)} {
			panic("the first operation must be ${spec.className}")
		}
		which = make([]int, len(ops))
		slot = make([]int, len(ops))
		{
			a := args[0]
			tryoutNeed(len(a), ${spec.ctorParams.length}, "arguments")
${decodeArgs(spec.ctorParams, 'ctor')}
		}
		for i := 1; i < len(ops); i++ {
			a := args[i]
			switch ops[i] {
${reads}
			default:
				panic("unknown operation " + ops[i])
			}
		}
	})
	obj := Constructor(${ctorArgs})
	out := []string{"null"}
	for i := 1; i < len(which); i++ {
		switch which[i] {
${calls}
		}
	}
	tryoutEmit("[" + tryoutstrings.Join(out, ",") + "]")
}
`;
}

export function generateGoHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const list = usesNodeType(spec, 'ListNode');
  const tree = usesNodeType(spec, 'TreeNode');
  const nodeCases = [
    list ? '\tcase *ListNode:\n\t\ttryoutWriteList(b, x)\n\t\treturn' : '',
    tree ? '\tcase *TreeNode:\n\t\ttryoutWriteTree(b, x)\n\t\treturn' : '',
  ]
    .filter(Boolean)
    .join('\n');
  const main =
    'package main\n' +
    RUNTIME.replace('@NODE_CASES@', nodeCases) +
    (list ? '\n' + GO_LIST_NODE + LIST_RUNTIME : '') +
    (tree ? '\n' + GO_TREE_NODE + TREE_RUNTIME : '') +
    (spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec));
  return {
    files: [
      { path: 'main.go', content: main },
      { path: GO_SOLUTION_FILE, content: prepareGoSource(candidateSource) },
    ],
    compile: goBuildArgv(['main.go', GO_SOLUTION_FILE]),
  };
}
