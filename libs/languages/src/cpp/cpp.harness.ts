import type { TypeRef } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import type { GeneratedHarness } from '../harness/harness.types';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

export const CPP_SOLUTION_FILE = 'solution.cpp';

const SCALAR_CPP: Record<string, string> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  bool: 'bool',
  string: 'string',
};

/** The natural C++ type (LeetCode's): `vector<vector<int>>`, `long long`, `ListNode*`. */
export function cppType(t: TypeRef): string {
  if (t.kind === 'void') return 'void';
  if (t.kind === 'node') return `${t.base}*`;
  let type = SCALAR_CPP[t.base];
  for (let d = 0; d < t.dims; d++) type = `vector<${type}>`;
  return type;
}

/** Fully qualified, so nothing the candidate declares can change what the harness means. */
function qualified(t: TypeRef): string {
  if (t.kind === 'node') return `${t.base}*`;
  if (t.kind === 'void') return 'void';
  let type = t.base === 'string' ? 'std::string' : SCALAR_CPP[t.base];
  for (let d = 0; d < t.dims; d++) type = `std::vector<${type}>`;
  return type;
}

export const CPP_LIST_NODE = `struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
`;

export const CPP_TREE_NODE = `struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
`;

/** JSON reader (to natural types) and writer (from whatever the candidate returns), no libraries. */
const JSON_RUNTIME = String.raw`namespace tryout_h {

struct Json {
    enum Kind { Null, Bool, Num, Str, Arr } kind = Null;
    bool b = false;
    std::string text;  // a number's literal or a string's value
    std::vector<Json> items;
};

[[noreturn]] inline void fail(const char* what, const std::string& detail) {
    std::cout.flush();
    std::fprintf(stderr, "tryout harness: %s: %s\n", what, detail.c_str());
    std::fflush(stderr);
    std::_Exit(${HARNESS_ABORT_EXIT_CODE});
}

struct Parser {
    const std::string& s;
    size_t i = 0;
    explicit Parser(const std::string& text) : s(text) {}
    [[noreturn]] void error(const char* what) {
        throw std::runtime_error(std::string(what) + " at offset " + std::to_string(i) + " in " + s.substr(0, 80));
    }
    void ws() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++; }
    void literal(const char* word) {
        size_t n = std::strlen(word);
        if (s.compare(i, n, word) != 0) error("invalid literal");
        i += n;
    }
    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
        else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
    }
    unsigned hex4() {
        if (i + 4 > s.size()) error("bad \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char c = s[i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else error("bad \\u escape");
        }
        return v;
    }
    Json value() {
        ws();
        if (i >= s.size()) error("unexpected end");
        Json v;
        char c = s[i];
        if (c == '[') {
            i++;
            v.kind = Json::Arr;
            ws();
            if (i < s.size() && s[i] == ']') { i++; return v; }
            while (true) {
                v.items.push_back(value());
                ws();
                if (i >= s.size()) error("unterminated array");
                char d = s[i++];
                if (d == ']') return v;
                if (d != ',') error("expected , or ]");
            }
        }
        if (c == '"') {
            i++;
            v.kind = Json::Str;
            while (true) {
                if (i >= s.size()) error("unterminated string");
                char ch = s[i++];
                if (ch == '"') return v;
                if (ch != '\\') { v.text += ch; continue; }
                if (i >= s.size()) error("unterminated escape");
                char e = s[i++];
                switch (e) {
                    case '"': v.text += '"'; break;
                    case '\\': v.text += '\\'; break;
                    case '/': v.text += '/'; break;
                    case 'b': v.text += '\b'; break;
                    case 'f': v.text += '\f'; break;
                    case 'n': v.text += '\n'; break;
                    case 'r': v.text += '\r'; break;
                    case 't': v.text += '\t'; break;
                    case 'u': {
                        unsigned cp = hex4();
                        if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                            size_t save = i;
                            i += 2;
                            unsigned lo = hex4();
                            if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            else i = save;
                        }
                        utf8(v.text, cp);
                        break;
                    }
                    default: error("bad escape");
                }
            }
        }
        if (c == 't') { literal("true"); v.kind = Json::Bool; v.b = true; return v; }
        if (c == 'f') { literal("false"); v.kind = Json::Bool; return v; }
        if (c == 'n') { literal("null"); return v; }
        size_t start = i;
        while (i < s.size() && (std::isdigit((unsigned char)s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == 'e' || s[i] == 'E')) i++;
        if (start == i) error("unexpected character");
        v.kind = Json::Num;
        v.text = s.substr(start, i - start);
        return v;
    }
};

inline Json parse(const std::string& text) {
    Parser p(text);
    Json v = p.value();
    p.ws();
    if (p.i != text.size()) p.error("unexpected trailing characters");
    return v;
}

inline long long integer(const Json& v) {
    if (v.kind != Json::Num) throw std::runtime_error("expected an integer");
    errno = 0;
    char* end = nullptr;
    long long x = std::strtoll(v.text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0') throw std::runtime_error("expected an integer, got " + v.text);
    return x;
}

template <class T> struct Conv;
template <> struct Conv<int> {
    static int get(const Json& v) {
        long long x = integer(v);
        if (x < INT_MIN || x > INT_MAX) throw std::runtime_error("int out of range: " + v.text);
        return int(x);
    }
};
template <> struct Conv<long long> { static long long get(const Json& v) { return integer(v); } };
template <> struct Conv<double> {
    static double get(const Json& v) {
        if (v.kind != Json::Num) throw std::runtime_error("expected a number");
        char* end = nullptr;
        double x = std::strtod(v.text.c_str(), &end);
        if (*end != '\0') throw std::runtime_error("expected a number, got " + v.text);
        return x;
    }
};
template <> struct Conv<bool> {
    static bool get(const Json& v) {
        if (v.kind != Json::Bool) throw std::runtime_error("expected a boolean");
        return v.b;
    }
};
template <> struct Conv<std::string> {
    static std::string get(const Json& v) {
        if (v.kind != Json::Str) throw std::runtime_error("expected a string");
        return v.text;
    }
};
template <class T> struct Conv<std::vector<T>> {
    static std::vector<T> get(const Json& v) {
        if (v.kind == Json::Null) return {};
        if (v.kind != Json::Arr) throw std::runtime_error("expected an array");
        std::vector<T> out;
        out.reserve(v.items.size());
        for (const Json& x : v.items) out.push_back(Conv<T>::get(x));
        return out;
    }
};

inline void write(std::string& o, long long x) { o += std::to_string(x); }
inline void write(std::string& o, long x) { o += std::to_string(x); }
inline void write(std::string& o, int x) { o += std::to_string(x); }
inline void write(std::string& o, short x) { o += std::to_string(x); }
inline void write(std::string& o, unsigned long long x) { o += std::to_string(x); }
inline void write(std::string& o, unsigned long x) { o += std::to_string(x); }
inline void write(std::string& o, unsigned x) { o += std::to_string(x); }
inline void write(std::string& o, bool x) { o += x ? "true" : "false"; }
inline void write(std::string& o, double x) {
    if (!std::isfinite(x)) throw std::runtime_error(std::string("the function returned ") + (std::isnan(x) ? "NaN" : x > 0 ? "inf" : "-inf") + ", which is not a JSON number");
    char buf[40];
    // The shortest of %.15g..%.17g that reads back as the same double.
    for (int p = 15; p <= 17; p++) {
        std::snprintf(buf, sizeof buf, "%.*g", p, x);
        if (std::strtod(buf, nullptr) == x) break;
    }
    o += buf;
}
inline void write(std::string& o, float x) { write(o, double(x)); }
inline void write(std::string& o, long double x) { write(o, double(x)); }
inline void write(std::string& o, const std::string& s) {
    o += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': o += "\\\""; break;
            case '\\': o += "\\\\"; break;
            case '\n': o += "\\n"; break;
            case '\r': o += "\\r"; break;
            case '\t': o += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    o += buf;
                } else {
                    o += char(c);
                }
        }
    }
    o += '"';
}
inline void write(std::string& o, const char* s) { write(o, std::string(s ? s : "")); }
inline void write(std::string& o, char c) { write(o, std::string(1, c)); }
@NODE_WRITERS@
inline void write(std::string& o, const std::vector<bool>& v) {
    o += '[';
    for (size_t k = 0; k < v.size(); k++) { if (k) o += ','; o += v[k] ? "true" : "false"; }
    o += ']';
}
template <class T> void write(std::string& o, const std::vector<T>& v) {
    o += '[';
    for (size_t k = 0; k < v.size(); k++) { if (k) o += ','; write(o, v[k]); }
    o += ']';
}

inline std::vector<std::string> read_lines() {
    std::string data;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) data.append(buf, n);
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= data.size()) {
        size_t end = data.find('\n', start);
        if (end == std::string::npos) end = data.size();
        std::string line = data.substr(start, end - start);
        if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

inline void need(size_t have, size_t want, const char* what) {
    if (have < want) throw std::runtime_error("expected " + std::to_string(want) + " " + what + ", got " + std::to_string(have));
}

inline void emit(const std::string& out) {
    std::cout.flush();
    std::fflush(stdout);
    std::FILE* f = fdopen(3, "w");
    if (!f) fail("cannot write the result channel (fd 3)", std::strerror(errno));
    size_t n = std::fwrite(out.data(), 1, out.size(), f);
    if (n != out.size() || std::fclose(f) != 0) fail("cannot write the result channel (fd 3)", std::strerror(errno));
}

[[noreturn]] inline void candidate_threw(const char* what) {
    std::cout.flush();
    std::fflush(stdout);
    std::fprintf(stderr, "terminate called after throwing an exception\n  what():  %s\n", what);
    std::fflush(stderr);
    std::_Exit(1);
}

}  // namespace tryout_h
`;

const LIST_RUNTIME = String.raw`namespace tryout_h {
template <> struct Conv<ListNode*> {
    static ListNode* get(const Json& v) {
        if (v.kind == Json::Null) return nullptr;
        if (v.kind != Json::Arr) throw std::runtime_error("expected a ListNode array");
        ListNode* head = nullptr;
        for (size_t k = v.items.size(); k-- > 0;) head = new ListNode(Conv<int>::get(v.items[k]), head);
        return head;
    }
};
}  // namespace tryout_h
`;

const TREE_RUNTIME = String.raw`namespace tryout_h {
template <> struct Conv<TreeNode*> {
    static TreeNode* get(const Json& v) {
        if (v.kind == Json::Null) return nullptr;
        if (v.kind != Json::Arr) throw std::runtime_error("expected a TreeNode level order");
        const std::vector<Json>& a = v.items;
        if (a.empty() || a[0].kind == Json::Null) return nullptr;
        TreeNode* root = new TreeNode(Conv<int>::get(a[0]));
        std::deque<TreeNode*> queue{root};
        size_t k = 1;
        while (k < a.size()) {
            TreeNode* node = queue.front();
            queue.pop_front();
            if (a[k].kind != Json::Null) { node->left = new TreeNode(Conv<int>::get(a[k])); queue.push_back(node->left); }
            k++;
            if (k < a.size() && a[k].kind != Json::Null) { node->right = new TreeNode(Conv<int>::get(a[k])); queue.push_back(node->right); }
            k++;
        }
        return root;
    }
};
}  // namespace tryout_h
`;

const LIST_WRITER = String.raw`inline void write(std::string& o, ListNode* head) {
    std::unordered_set<ListNode*> seen;
    o += '[';
    for (bool first = true; head; head = head->next, first = false) {
        if (!seen.insert(head).second) throw std::runtime_error("Found cycle in the ListNode");
        if (!first) o += ',';
        o += std::to_string(head->val);
    }
    o += ']';
}`;

const TREE_WRITER = String.raw`inline void write(std::string& o, TreeNode* root) {
    std::vector<TreeNode*> queue;
    std::unordered_set<TreeNode*> seen;
    if (root) queue.push_back(root);
    std::string out;
    size_t lastValue = 0;  // length of out after the last non-null entry
    for (size_t k = 0; k < queue.size(); k++) {
        TreeNode* node = queue[k];
        if (k) out += ',';
        if (!node) { out += "null"; continue; }
        if (!seen.insert(node).second) throw std::runtime_error("Found a cycle or a shared node in the TreeNode");
        out += std::to_string(node->val);
        lastValue = out.size();
        queue.push_back(node->left);
        queue.push_back(node->right);
    }
    out.resize(lastValue);  // drop trailing nulls
    o += '[';
    o += out;
    o += ']';
}`;

const conv = (t: TypeRef, expr: string): string => `tryout_h::Conv<${qualified(t)}>::get(${expr})`;

function functionMain(fn: ResolvedMethod): string {
  const decls = fn.params.map((p, i) => `    ${qualified(p.type)} a${i}{};`).join('\n');
  const reads = fn.params.map((p, i) => `        a${i} = ${conv(p.type, `tryout_h::parse(lines[${i}])`)};`).join('\n');
  const call = `sol->${fn.name}(${fn.params.map((_, i) => `a${i}`).join(', ')})`;
  const invoke =
    fn.returns.kind === 'void'
      ? `        ${call};\n        out = "null";`
      : `        auto r = ${call};\n        tryout_h::write(out, r);`;
  return `signed main() {
${decls}
    try {
        std::vector<std::string> lines = tryout_h::read_lines();
        tryout_h::need(lines.size(), ${fn.params.length}, "input lines");
${reads}
    } catch (const std::exception& e) {
        tryout_h::fail("cannot read the test input", e.what());
    }
    std::string out;
    try {
        Solution* sol = new Solution();
${invoke}
    } catch (const std::exception& e) {
        tryout_h::candidate_threw(e.what());
    } catch (...) {
        tryout_h::candidate_threw("an exception that is not a std::exception");
    }
    tryout_h::emit(out);
    return 0;
}
`;
}

function tupleType(params: ResolvedParam[]): string {
  return `std::tuple<${params.map((p) => qualified(p.type)).join(', ')}>`;
}

function tupleArgs(params: ResolvedParam[], tuple: string): string {
  return params.map((_, j) => `std::get<${j}>(${tuple})`).join(', ');
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const makeTuple = (params: ResolvedParam[]): string =>
    `${tupleType(params)}(${params.map((p, j) => conv(p.type, `a.items[${j}]`)).join(', ')})`;
  const stores = spec.methods.map((m, k) => `    std::vector<${tupleType(m.params)}> c${k};`).join('\n');
  const reads = spec.methods
    .map(
      (m, k) =>
        `            else if (op == ${JSON.stringify(m.name)}) { tryout_h::need(a.items.size(), ${m.params.length}, "arguments"); which[i] = ${k}; slot[i] = c${k}.size(); c${k}.push_back(${makeTuple(m.params)}); }`,
    )
    .join('\n');
  const calls = spec.methods
    .map((m, k) => {
      const call = `obj->${m.name}(${tupleArgs(m.params, `c${k}[slot[i]]`)})`;
      return m.returns.kind === 'void'
        ? `                case ${k}: ${call}; out += "null"; break;`
        : `                case ${k}: { auto r = ${call}; tryout_h::write(out, r); break; }`;
    })
    .join('\n');
  return `signed main() {
    size_t n = 0;
    std::vector<int> which;
    std::vector<size_t> slot;
    ${tupleType(spec.ctorParams)} ctor;
${stores}
    try {
        std::vector<std::string> lines = tryout_h::read_lines();
        tryout_h::need(lines.size(), 2, "input lines");
        tryout_h::Json ops = tryout_h::parse(lines[0]);
        tryout_h::Json args = tryout_h::parse(lines[1]);
        if (ops.kind != tryout_h::Json::Arr || args.kind != tryout_h::Json::Arr || ops.items.empty() || ops.items.size() != args.items.size())
            throw std::runtime_error("operations and arguments must be non-empty arrays of equal length");
        n = ops.items.size();
        which.assign(n, -1);
        slot.assign(n, 0);
        for (size_t i = 0; i < n; i++) {
            std::string op = tryout_h::Conv<std::string>::get(ops.items[i]);
            const tryout_h::Json& a = args.items[i];
            if (a.kind != tryout_h::Json::Arr) throw std::runtime_error("arguments must be arrays");
            if (i == 0) {
                if (op != ${JSON.stringify(spec.className)}) throw std::runtime_error("the first operation must be ${spec.className}");
                tryout_h::need(a.items.size(), ${spec.ctorParams.length}, "arguments");
                ctor = ${makeTuple(spec.ctorParams)};
            }
${reads}
            else throw std::runtime_error("unknown operation " + op);
        }
    } catch (const std::exception& e) {
        tryout_h::fail("cannot read the test input", e.what());
    }
    std::string out = "[null";
    try {
        ${spec.className}* obj = new ${spec.className}(${tupleArgs(spec.ctorParams, 'ctor')});
        for (size_t i = 1; i < n; i++) {
            out += ',';
            switch (which[i]) {
${calls}
            }
        }
    } catch (const std::exception& e) {
        tryout_h::candidate_threw(e.what());
    } catch (...) {
        tryout_h::candidate_threw("an exception that is not a std::exception");
    }
    out += ']';
    tryout_h::emit(out);
    return 0;
}
`;
}

/**
 * One translation unit, main.cpp: LeetCode's environment (bits/stdc++.h, using namespace std,
 * ListNode/TreeNode), the JSON runtime in its own namespace, then the candidate's code under
 * `#line 1 "solution.cpp"` (diagnostics keep its line numbers), then main(). Arguments are
 * lvalues, so candidates can take arrays by non-const reference as on LeetCode.
 */
export function generateCppHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const list = usesNodeType(spec, 'ListNode');
  const tree = usesNodeType(spec, 'TreeNode');
  const writers = [list ? LIST_WRITER : '', tree ? TREE_WRITER : ''].filter(Boolean).join('\n');
  const prefix =
    '#include <bits/stdc++.h>\nusing namespace std;\n\n' +
    (list ? CPP_LIST_NODE : '') +
    (tree ? CPP_TREE_NODE : '') +
    JSON_RUNTIME.replace('@NODE_WRITERS@', writers) +
    (list ? LIST_RUNTIME : '') +
    (tree ? TREE_RUNTIME : '') +
    `#line 1 "${CPP_SOLUTION_FILE}"\n`;
  const candidate = candidateSource.endsWith('\n') ? candidateSource : candidateSource + '\n';
  const beforeMain = prefix + candidate;
  const mainLine = beforeMain.split('\n').length + 1;
  const main = spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec);
  return { files: [{ path: 'main.cpp', content: `${beforeMain}#line ${mainLine} "main.cpp"\n${main}` }] };
}
