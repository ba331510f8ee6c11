import { javacArgv } from './java.toolchain';
import type { TypeRef } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import type { GeneratedHarness } from '../harness/harness.types';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

/** LeetCode's implicit imports, put on the candidate file's FIRST line so its line numbers stay. */
export const JAVA_IMPLICIT_IMPORTS =
  'import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; import java.io.*; ';

const SCALAR_JAVA: Record<string, string> = {
  int: 'int',
  long: 'long',
  double: 'double',
  bool: 'boolean',
  string: 'String',
};
const CONV_SUFFIX: Record<string, string> = { int: 'Int', long: 'Long', double: 'Double', bool: 'Bool', string: 'Str' };

/** The Java type of a signature type (LeetCode's: `int[]`, `String`, `ListNode`). */
export function javaType(t: TypeRef): string {
  if (t.kind === 'void') return 'void';
  if (t.kind === 'node') return t.base;
  return SCALAR_JAVA[t.base] + '[]'.repeat(t.dims);
}

/** Expression converting a parsed JSON value (`Object`) to the natural Java value. */
function convert(t: TypeRef, expr: string): string {
  if (t.kind === 'node') return `TryoutNodes.to${t.base}(${expr})`;
  if (t.kind === 'void') throw new Error('void parameter');
  const dims = t.dims === 0 ? '' : t.dims === 1 ? 'Array' : 'Array2';
  return `TryoutJson.to${CONV_SUFFIX[t.base]}${dims}(${expr})`;
}

/** Expression turning a candidate's return value into what TryoutJson.write understands. */
function outgoing(t: TypeRef, expr: string): string {
  if (t.kind === 'node') return `TryoutNodes.from${t.base}(${expr})`;
  return expr;
}

/**
 * JSON reader/writer without libraries: strings with escapes and \u (surrogates pass through
 * as Java chars), integers as Long (exact), other numbers as Double, arrays as ArrayList.
 * The writer takes any value a candidate may return: boxed scalars, primitive and object arrays,
 * Iterables (List<List<Integer>> works where int[][] is declared).
 */
const JSON_RUNTIME = String.raw`
final class TryoutJson {
    static final int INTERNAL = ${HARNESS_ABORT_EXIT_CODE};
    private final String s;
    private int i;

    private TryoutJson(String s) { this.s = s; }

    static Object parse(String text) {
        TryoutJson p = new TryoutJson(text);
        p.ws();
        Object v = p.value();
        p.ws();
        if (p.i != p.s.length()) throw p.error("unexpected trailing characters");
        return v;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i + " in " + (s.length() > 80 ? s.substring(0, 80) + "..." : s));
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
            i++;
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, i)) throw error("invalid literal");
        i += word.length();
    }

    private Object value() {
        if (i >= s.length()) throw error("unexpected end");
        char c = s.charAt(i);
        switch (c) {
            case '[': {
                i++;
                ArrayList<Object> a = new ArrayList<>();
                ws();
                if (i < s.length() && s.charAt(i) == ']') { i++; return a; }
                while (true) {
                    ws();
                    a.add(value());
                    ws();
                    if (i >= s.length()) throw error("unterminated array");
                    char d = s.charAt(i++);
                    if (d == ']') return a;
                    if (d != ',') throw error("expected , or ]");
                }
            }
            case '"': return string();
            case 't': literal("true"); return Boolean.TRUE;
            case 'f': literal("false"); return Boolean.FALSE;
            case 'n': literal("null"); return null;
            default: return number();
        }
    }

    private Object number() {
        int start = i;
        boolean integral = true;
        if (i < s.length() && s.charAt(i) == '-') i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') { i++; continue; }
            if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') { integral = false; i++; continue; }
            break;
        }
        String t = s.substring(start, i);
        if (t.isEmpty() || t.equals("-")) throw error("unexpected character");
        try {
            if (integral) {
                try { return Long.parseLong(t); } catch (NumberFormatException e) { return Double.parseDouble(t); }
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("invalid number " + t);
        }
    }

    private String string() {
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw error("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c != '\\') { b.append(c); continue; }
            if (i >= s.length()) throw error("unterminated escape");
            char e = s.charAt(i++);
            switch (e) {
                case '"': b.append('"'); break;
                case '\\': b.append('\\'); break;
                case '/': b.append('/'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u':
                    if (i + 4 > s.length()) throw error("bad \\u escape");
                    try { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); } catch (NumberFormatException x) { throw error("bad \\u escape"); }
                    i += 4;
                    break;
                default: throw error("bad escape");
            }
        }
    }

    // ---- conversions to natural types (input files are ours: any mismatch is a harness error)

    @SuppressWarnings("unchecked")
    static List<Object> list(Object v) {
        if (v instanceof List) return (List<Object>) v;
        throw new IllegalArgumentException("expected an array, got " + v);
    }
    static int toInt(Object v) {
        long x = toLong(v);
        if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) throw new IllegalArgumentException("int out of range: " + x);
        return (int) x;
    }
    static long toLong(Object v) {
        if (v instanceof Long) return (Long) v;
        throw new IllegalArgumentException("expected an integer, got " + v);
    }
    static double toDouble(Object v) {
        if (v instanceof Number) return ((Number) v).doubleValue();
        throw new IllegalArgumentException("expected a number, got " + v);
    }
    static boolean toBool(Object v) {
        if (v instanceof Boolean) return (Boolean) v;
        throw new IllegalArgumentException("expected a boolean, got " + v);
    }
    static String toStr(Object v) {
        if (v == null || v instanceof String) return (String) v;
        throw new IllegalArgumentException("expected a string, got " + v);
    }
    static int[] toIntArray(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); int[] a = new int[l.size()];
        for (int k = 0; k < a.length; k++) a[k] = toInt(l.get(k));
        return a;
    }
    static long[] toLongArray(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); long[] a = new long[l.size()];
        for (int k = 0; k < a.length; k++) a[k] = toLong(l.get(k));
        return a;
    }
    static double[] toDoubleArray(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); double[] a = new double[l.size()];
        for (int k = 0; k < a.length; k++) a[k] = toDouble(l.get(k));
        return a;
    }
    static boolean[] toBoolArray(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); boolean[] a = new boolean[l.size()];
        for (int k = 0; k < a.length; k++) a[k] = toBool(l.get(k));
        return a;
    }
    static String[] toStrArray(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); String[] a = new String[l.size()];
        for (int k = 0; k < a.length; k++) a[k] = toStr(l.get(k));
        return a;
    }
    static int[][] toIntArray2(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); int[][] a = new int[l.size()][];
        for (int k = 0; k < a.length; k++) a[k] = toIntArray(l.get(k));
        return a;
    }
    static long[][] toLongArray2(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); long[][] a = new long[l.size()][];
        for (int k = 0; k < a.length; k++) a[k] = toLongArray(l.get(k));
        return a;
    }
    static double[][] toDoubleArray2(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); double[][] a = new double[l.size()][];
        for (int k = 0; k < a.length; k++) a[k] = toDoubleArray(l.get(k));
        return a;
    }
    static boolean[][] toBoolArray2(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); boolean[][] a = new boolean[l.size()][];
        for (int k = 0; k < a.length; k++) a[k] = toBoolArray(l.get(k));
        return a;
    }
    static String[][] toStrArray2(Object v) {
        if (v == null) return null;
        List<Object> l = list(v); String[][] a = new String[l.size()][];
        for (int k = 0; k < a.length; k++) a[k] = toStrArray(l.get(k));
        return a;
    }

    // ---- writer

    static String toJson(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    static void write(StringBuilder b, Object v) {
        if (v == null) { b.append("null"); return; }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalStateException("the function returned " + d + ", which is not a JSON number");
            b.append(Double.toString(d));
            return;
        }
        if (v instanceof Number || v instanceof Boolean) { b.append(v.toString()); return; }
        if (v instanceof CharSequence || v instanceof Character) { string(b, v.toString()); return; }
        if (v instanceof int[]) { int[] a = (int[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
        if (v instanceof long[]) { long[] a = (long[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
        if (v instanceof double[]) { double[] a = (double[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); write(b, a[k]); } b.append(']'); return; }
        if (v instanceof boolean[]) { boolean[] a = (boolean[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); b.append(a[k]); } b.append(']'); return; }
        if (v instanceof char[]) { char[] a = (char[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); string(b, String.valueOf(a[k])); } b.append(']'); return; }
        if (v instanceof Object[]) { Object[] a = (Object[]) v; b.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) b.append(','); write(b, a[k]); } b.append(']'); return; }
        if (v instanceof Iterable) { boolean first = true; b.append('['); for (Object x : (Iterable<?>) v) { if (!first) b.append(','); first = false; write(b, x); } b.append(']'); return; }
        throw new IllegalStateException("cannot serialise a " + v.getClass().getName() + " as JSON");
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20 || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) && !(Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(s.charAt(k - 1))))) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    // ---- process plumbing

    static List<String> readLines() throws IOException {
        String data = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : data.split("\n")) if (!line.trim().isEmpty()) lines.add(line.trim());
        return lines;
    }

    static void need(List<?> items, int n, String what) {
        if (items.size() < n) throw new IllegalArgumentException("expected " + n + " " + what + ", got " + items.size());
    }

    static void harnessFail(String what, Throwable e) {
        System.out.flush();
        System.err.println("tryout harness: " + what + ": " + e);
        System.err.flush();
        Runtime.getRuntime().halt(INTERNAL);
    }

    static void candidateFailed(Throwable t) {
        System.out.flush();
        // Drop the harness's frames below the candidate's call.
        StackTraceElement[] st = t.getStackTrace();
        int n = st.length;
        while (n > 0 && (st[n - 1].getClassName().equals("Main") || st[n - 1].getClassName().startsWith("Tryout"))) n--;
        if (n > 0 && n < st.length) t.setStackTrace(Arrays.copyOf(st, n));
        t.printStackTrace();
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    private static FileOutputStream openResult() throws IOException {
        try {
            FileDescriptor fd = new FileDescriptor();
            java.lang.reflect.Field f = FileDescriptor.class.getDeclaredField("fd");
            f.setAccessible(true);
            f.setInt(fd, 3);
            return new FileOutputStream(fd);
        } catch (RuntimeException | ReflectiveOperationException e) {
            // java.io is closed to reflection unless --add-opens: reopen the pipe through /proc.
            return new FileOutputStream("/proc/self/fd/3", true);
        }
    }

    static void emit(String out) {
        System.out.flush();
        try (FileOutputStream f = openResult()) {
            f.write(out.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Throwable e) {
            harnessFail("cannot write the result channel (fd 3)", e);
        }
    }
}
`;

const LIST_NODE = `
class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}
`;

const TREE_NODE = `
class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}
`;

function nodesRuntime(list: boolean, tree: boolean): string {
  const parts: string[] = [];
  if (list) {
    parts.push(`
    static ListNode toListNode(Object v) {
        if (v == null) return null;
        List<Object> l = TryoutJson.list(v);
        ListNode head = null;
        for (int k = l.size() - 1; k >= 0; k--) head = new ListNode(TryoutJson.toInt(l.get(k)), head);
        return head;
    }
    static List<Integer> fromListNode(ListNode head) {
        List<Integer> out = new ArrayList<>();
        Set<ListNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (; head != null; head = head.next) {
            if (!seen.add(head)) throw new IllegalStateException("Found cycle in the ListNode");
            out.add(head.val);
        }
        return out;
    }`);
  }
  if (tree) {
    parts.push(`
    static TreeNode toTreeNode(Object v) {
        if (v == null) return null;
        List<Object> l = TryoutJson.list(v);
        if (l.isEmpty() || l.get(0) == null) return null;
        TreeNode root = new TreeNode(TryoutJson.toInt(l.get(0)));
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        int k = 1;
        while (k < l.size()) {
            TreeNode node = queue.poll();
            if (l.get(k) != null) { node.left = new TreeNode(TryoutJson.toInt(l.get(k))); queue.add(node.left); }
            k++;
            if (k < l.size() && l.get(k) != null) { node.right = new TreeNode(TryoutJson.toInt(l.get(k))); queue.add(node.right); }
            k++;
        }
        return root;
    }
    static List<Integer> fromTreeNode(TreeNode root) {
        List<Integer> out = new ArrayList<>();
        if (root == null) return out;
        Set<TreeNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayList<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        for (int k = 0; k < queue.size(); k++) {
            TreeNode node = queue.get(k);
            if (node == null) { out.add(null); continue; }
            if (!seen.add(node)) throw new IllegalStateException("Found a cycle or a shared node in the TreeNode");
            out.add(node.val);
            queue.add(node.left);
            queue.add(node.right);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) out.remove(out.size() - 1);
        return out;
    }`);
  }
  if (parts.length === 0) return '';
  return `\nfinal class TryoutNodes {${parts.join('\n')}\n}\n`;
}

const paramDecls = (params: ResolvedParam[]): string =>
  params.map((p, i) => `        ${javaType(p.type)} a${i};`).join('\n');

function functionMain(fn: ResolvedMethod): string {
  const reads = fn.params
    .map((p, i) => `            a${i} = ${convert(p.type, `TryoutJson.parse(lines.get(${i}))`)};`)
    .join('\n');
  const call = `new Solution().${fn.name}(${fn.params.map((_, i) => `a${i}`).join(', ')})`;
  const invoke =
    fn.returns.kind === 'void'
      ? `            ${call};\n            out = "null";`
      : `            out = TryoutJson.toJson(${outgoing(fn.returns, call)});`;
  return `
public class Main {
    public static void main(String[] args) {
${paramDecls(fn.params)}
        try {
            List<String> lines = TryoutJson.readLines();
            TryoutJson.need(lines, ${fn.params.length}, "input lines");
${reads}
        } catch (Throwable e) {
            TryoutJson.harnessFail("cannot read the test input", e);
            return;
        }
        String out;
        try {
${invoke}
        } catch (Throwable t) {
            TryoutJson.candidateFailed(t);
            return;
        }
        TryoutJson.emit(out);
        System.out.flush();
    }
}
`;
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const conv = (params: ResolvedParam[]): string =>
    `new Object[] { ${params.map((p, j) => convert(p.type, `a.get(${j})`)).join(', ')} }`;
  const cast = (params: ResolvedParam[]): string => params.map((p, j) => `(${javaType(p.type)}) c[${j}]`).join(', ');
  const readCases = spec.methods
    .map(
      (m) =>
        `                    case ${JSON.stringify(m.name)}: TryoutJson.need(a, ${m.params.length}, "arguments"); conv[k] = ${conv(m.params)}; break;`,
    )
    .join('\n');
  const callCases = spec.methods
    .map((m) => {
      const call = `obj.${m.name}(${cast(m.params)})`;
      return m.returns.kind === 'void'
        ? `                    case ${JSON.stringify(m.name)}: ${call}; b.append("null"); break;`
        : `                    case ${JSON.stringify(m.name)}: TryoutJson.write(b, ${outgoing(m.returns, call)}); break;`;
    })
    .join('\n');
  return `
public class Main {
    public static void main(String[] args) {
        String[] ops;
        Object[][] conv;
        try {
            List<String> lines = TryoutJson.readLines();
            TryoutJson.need(lines, 2, "input lines");
            List<Object> opList = TryoutJson.list(TryoutJson.parse(lines.get(0)));
            List<Object> argList = TryoutJson.list(TryoutJson.parse(lines.get(1)));
            if (opList.isEmpty() || opList.size() != argList.size()) throw new IllegalArgumentException("operations and arguments must be non-empty arrays of equal length");
            ops = new String[opList.size()];
            conv = new Object[ops.length][];
            for (int k = 0; k < ops.length; k++) {
                ops[k] = TryoutJson.toStr(opList.get(k));
                List<Object> a = TryoutJson.list(argList.get(k));
                if (k == 0) {
                    if (!${JSON.stringify(spec.className)}.equals(ops[0])) throw new IllegalArgumentException("the first operation must be ${spec.className}");
                    TryoutJson.need(a, ${spec.ctorParams.length}, "arguments");
                    conv[0] = ${conv(spec.ctorParams)};
                    continue;
                }
                switch (ops[k]) {
${readCases}
                    default: throw new IllegalArgumentException("unknown operation " + ops[k]);
                }
            }
        } catch (Throwable e) {
            TryoutJson.harnessFail("cannot read the test input", e);
            return;
        }
        StringBuilder b = new StringBuilder("[null");
        try {
            Object[] c = conv[0];
            ${spec.className} obj = new ${spec.className}(${cast(spec.ctorParams)});
            for (int k = 1; k < ops.length; k++) {
                c = conv[k];
                b.append(',');
                switch (ops[k]) {
${callCases}
                }
            }
        } catch (Throwable t) {
            TryoutJson.candidateFailed(t);
            return;
        }
        b.append(']');
        TryoutJson.emit(b.toString());
        System.out.flush();
    }
}
`;
}

export function generateJavaHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const list = usesNodeType(spec, 'ListNode');
  const tree = usesNodeType(spec, 'TreeNode');
  const main =
    'import java.io.*;\nimport java.util.*;\n' +
    (spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec)) +
    JSON_RUNTIME +
    nodesRuntime(list, tree) +
    (list ? LIST_NODE : '') +
    (tree ? TREE_NODE : '');
  // A public candidate class must live in a file of its name.
  const candidateFile = `${spec.kind === 'function' ? 'Solution' : spec.className}.java`;
  return {
    files: [
      { path: 'Main.java', content: main },
      { path: candidateFile, content: JAVA_IMPLICIT_IMPORTS + candidateSource },
    ],
    compile: javacArgv(['Main.java', candidateFile]),
  };
}
