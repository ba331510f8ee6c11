//! The fixed runtime of Tryout's Rust function harness: LeetCode's ListNode and TreeNode, a small
//! JSON reader (the image has no crates), the JSON writer and the protocol (stdin in, one JSON
//! value on fd 3, exit 97 when the harness itself cannot read its input or write its result).
//! The generated main.rs declares `mod tryout;` and only glues a signature to these functions.

// A signature uses only some of what is here.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::io::{Read, Write};
use std::rc::Rc;

/// The harness's own failure (HARNESS_ABORT_EXIT_CODE in the judge).
pub const ABORT_EXIT_CODE: i32 = 97;

// LeetCode's definitions, field for field.
#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<Rc<RefCell<TreeNode>>>,
    pub right: Option<Rc<RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

/// A parsed JSON value. Numbers keep their text so longs stay exact; the protocol has no objects.
/// (No derives and no `format!` below: every instantiation is compile time a candidate pays for.)
pub enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Json>),
}

pub fn abort(what: &str) -> ! {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(["tryout harness: ", what, "\n"].concat().as_bytes());
    std::process::exit(ABORT_EXIT_CODE)
}

fn input_error(what: &str) -> ! {
    abort(&["cannot read the test input: ", what].concat())
}

// ---------------------------------------------------------------- reading

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\r' | b'\n') {
            self.i += 1;
        }
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err([what, " at offset ", &self.i.to_string()].concat())
    }

    fn literal(&mut self, word: &str, v: Json) -> Result<Json, String> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            self.err("invalid literal")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > 64 {
            return self.err("nested too deep");
        }
        self.ws();
        match self.b.get(self.i) {
            None => self.err("unexpected end"),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return self.err("expected , or ]"),
                    }
                }
            }
            Some(b'-') | Some(b'0'..=b'9') => self.number(),
            Some(_) => self.err("unexpected character"),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.i;
        if self.b[self.i] == b'-' {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.b[int_start] == b'0') {
            return self.err("invalid number");
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return self.err("invalid number");
            }
        }
        if matches!(self.b.get(self.i), Some(b'e') | Some(b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+') | Some(b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return self.err("invalid number");
            }
        }
        Ok(Json::Num(String::from_utf8_lossy(&self.b[start..self.i]).into_owned()))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.b.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok());
        match h.and_then(|h| u32::from_str_radix(h, 16).ok()) {
            Some(v) => {
                self.i += 4;
                Ok(v)
            }
            None => self.err("invalid \\u escape"),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = match self.b.get(self.i) {
                None => return self.err("unterminated string"),
                Some(&c) => c,
            };
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.b.get(self.i).copied();
                    self.i += 1;
                    let ch = match e {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.b[self.i..].starts_with(b"\\u") {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    hi
                                }
                            } else {
                                hi
                            };
                            // A lone surrogate has no UTF-8 form: it becomes U+FFFD, as in most runtimes.
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return self.err("invalid escape"),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c if c < 0x20 => return self.err("control character in string"),
                c => out.push(c),
            }
        }
        String::from_utf8(out).or_else(|_| self.err("invalid UTF-8"))
    }
}

/// Parses one complete JSON value.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser { b: text.as_bytes(), i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.b.len() {
        return p.err("trailing characters");
    }
    Ok(v)
}

/// A parameter type the harness can build from its JSON form.
pub trait FromJson: Sized {
    fn from_json(v: &Json) -> Result<Self, String>;
}

fn number(v: &Json) -> Result<&str, String> {
    match v {
        Json::Num(s) => Ok(s),
        _ => Err(String::from("expected a number")),
    }
}

fn integer<T: std::str::FromStr>(v: &Json) -> Result<T, String> {
    let s = number(v)?;
    s.parse().map_err(|_| [s, " is not an integer of the declared size"].concat())
}

impl FromJson for i32 {
    fn from_json(v: &Json) -> Result<Self, String> {
        integer(v)
    }
}

impl FromJson for i64 {
    fn from_json(v: &Json) -> Result<Self, String> {
        integer(v)
    }
}

impl FromJson for f64 {
    fn from_json(v: &Json) -> Result<Self, String> {
        let s = number(v)?;
        s.parse().map_err(|_| [s, " is not a number"].concat())
    }
}

impl FromJson for bool {
    fn from_json(v: &Json) -> Result<Self, String> {
        match v {
            Json::Bool(b) => Ok(*b),
            _ => Err(String::from("expected a boolean")),
        }
    }
}

impl FromJson for String {
    fn from_json(v: &Json) -> Result<Self, String> {
        match v {
            Json::Str(s) => Ok(s.clone()),
            _ => Err(String::from("expected a string")),
        }
    }
}

fn items(v: &Json) -> Result<&Vec<Json>, String> {
    match v {
        Json::Arr(items) => Ok(items),
        _ => Err(String::from("expected an array")),
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Json) -> Result<Self, String> {
        let items = items(v)?;
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(T::from_json(x)?);
        }
        Ok(out)
    }
}

impl FromJson for Option<Box<ListNode>> {
    fn from_json(v: &Json) -> Result<Self, String> {
        let vals: Vec<i32> = FromJson::from_json(v)?;
        let mut head = None;
        for val in vals.into_iter().rev() {
            head = Some(Box::new(ListNode { val, next: head }));
        }
        Ok(head)
    }
}

/// LeetCode's level-order form: `[1,null,2,3]`.
impl FromJson for Option<Rc<RefCell<TreeNode>>> {
    fn from_json(v: &Json) -> Result<Self, String> {
        let mut vals: Vec<Option<i32>> = Vec::new();
        for x in items(v)? {
            vals.push(if matches!(x, Json::Null) { None } else { Some(i32::from_json(x)?) });
        }
        let node = |val: Option<i32>| val.map(|val| Rc::new(RefCell::new(TreeNode::new(val))));
        let root = match vals.first() {
            Some(&first) => node(first),
            None => return Ok(None),
        };
        let mut queue = VecDeque::new();
        queue.extend(root.clone());
        let mut rest = vals[1..].iter();
        while let Some(parent) = queue.pop_front() {
            let left = match rest.next() {
                Some(&val) => node(val),
                None => break,
            };
            queue.extend(left.clone());
            parent.borrow_mut().left = left;
            let right = match rest.next() {
                Some(&val) => node(val),
                None => break,
            };
            queue.extend(right.clone());
            parent.borrow_mut().right = right;
        }
        Ok(root)
    }
}

/// Parses one argument; a failure is the harness's (the judge checked the input before the run).
pub fn arg<T: FromJson>(v: &Json) -> T {
    match T::from_json(v) {
        Ok(x) => x,
        Err(e) => input_error(&e),
    }
}

/// Parses a whole input line as one argument.
pub fn arg_line<T: FromJson>(line: &str) -> T {
    match parse(line) {
        Ok(v) => arg(&v),
        Err(e) => input_error(&e),
    }
}

/// The non-blank lines of stdin; `need` of them at least.
pub fn input_lines(need: usize) -> Vec<String> {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        input_error("stdin is not readable UTF-8 text");
    }
    let lines: Vec<String> = text.split('\n').filter(|l| !l.trim().is_empty()).map(String::from).collect();
    if lines.len() < need {
        input_error(&["expected ", &need.to_string(), " lines, got ", &lines.len().to_string()].concat());
    }
    lines
}

/// A design problem's input: operation names and their argument arrays, the constructor first.
pub fn operations(lines: &[String], class_name: &str) -> Vec<(String, Vec<Json>)> {
    let names: Vec<String> = arg_line(&lines[0]);
    let args = match parse(&lines[1]) {
        Ok(Json::Arr(args)) => args,
        _ => input_error("the second line must be an array of argument arrays"),
    };
    if names.is_empty() || names.len() != args.len() {
        input_error("operations and arguments must be non-empty arrays of equal length");
    }
    if names[0] != class_name {
        input_error(&["the first operation must be ", class_name].concat());
    }
    let mut ops = Vec::with_capacity(names.len());
    for (name, a) in names.into_iter().zip(args) {
        match a {
            Json::Arr(a) => ops.push((name, a)),
            _ => input_error("each operation's arguments must be an array"),
        }
    }
    ops
}

/// Checks an operation's argument count.
pub fn need_args(args: &[Json], n: usize) {
    if args.len() != n {
        input_error(&["expected ", &n.to_string(), " arguments, got ", &args.len().to_string()].concat());
    }
}

// ---------------------------------------------------------------- writing

/// A return type the harness can write. A value JSON cannot hold is the candidate's failure (panic).
pub trait ToJson {
    fn write_json(&self, out: &mut String);
}

impl ToJson for i32 {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl ToJson for i64 {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut String) {
        if !self.is_finite() {
            panic!("the function returned {}, which is not a JSON number", self);
        }
        // Debug is the shortest text that reads back as the same double, exponent where long.
        out.push_str(&format!("{:?}", self));
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 15] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, x) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            x.write_json(out);
        }
        out.push(']');
    }
}

/// A Box list cannot have a cycle.
impl ToJson for Option<Box<ListNode>> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        let mut node = self;
        let mut first = true;
        while let Some(n) = node {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&n.val.to_string());
            node = &n.next;
        }
        out.push(']');
    }
}

/// Level order without trailing nulls; an Rc tree can share nodes or cycle, which fails the candidate.
impl ToJson for Option<Rc<RefCell<TreeNode>>> {
    fn write_json(&self, out: &mut String) {
        let mut parts: Vec<String> = Vec::new();
        let mut last = 0;
        let mut seen = HashSet::new();
        let mut queue: VecDeque<Option<Rc<RefCell<TreeNode>>>> = VecDeque::new();
        if self.is_some() {
            queue.push_back(self.clone());
        }
        while let Some(item) = queue.pop_front() {
            match item {
                None => parts.push(String::from("null")),
                Some(node) => {
                    if !seen.insert(Rc::as_ptr(&node)) {
                        panic!("Found a cycle or a shared node in the TreeNode");
                    }
                    let n = node.borrow();
                    parts.push(n.val.to_string());
                    last = parts.len();
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        out.push('[');
        out.push_str(&parts[..last].join(","));
        out.push(']');
    }
}

/// Serialises a result at once, so later mutations cannot change it.
pub fn to_json<T: ToJson>(v: &T) -> String {
    let mut out = String::new();
    v.write_json(&mut out);
    out
}

/// Writes the result to fd 3 and closes it.
pub fn emit(result: &str) {
    use std::os::unix::io::FromRawFd;
    // SAFETY: fd 3 is the result channel the sandbox opens for us; nothing else owns it.
    let mut f = unsafe { std::fs::File::from_raw_fd(3) };
    if let Err(e) = f.write_all(result.as_bytes()) {
        std::mem::forget(f);
        abort(&["cannot write the result channel (fd 3): ", &e.to_string()].concat());
    }
}
