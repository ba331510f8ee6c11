import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageId } from '@tryout/contracts';

const stdioTemplate = (file: string): string =>
  readFileSync(join(__dirname, '../../../languages/src', file), 'utf8');

/** Where the candidate's logic goes, the same words in every language. */
export const STDIO_STARTER_PLACEHOLDER = 'Your solution here';

/**
 * Starters for stdio problems, one per language: read the whole input the idiomatic fast way,
 * a comment where the logic goes, print the answer. Each compiles without warnings and runs on
 * any input (it prints 0), so the first Run shows the program's plumbing working.
 */
const STDIO_STARTERS: Record<LanguageId, string> = {
  python: `import sys


def main() -> None:
    tokens = sys.stdin.buffer.read().split()  # every whitespace-separated token, as bytes

    # ${STDIO_STARTER_PLACEHOLDER}: read values with int(tokens[i]) or tokens[i].decode(), compute the answer.
    answer = 0

    sys.stdout.write(f"{answer}\\n")


main()
`,
  javascript: `const tokens = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);

// ${STDIO_STARTER_PLACEHOLDER}: read values with Number(tokens[i]) (BigInt beyond 2^53), compute the answer.
const answer = 0;

process.stdout.write(\`\${answer}\\n\`);
`,
  typescript: `import { readFileSync } from 'fs';

const tokens: string[] = readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);

// ${STDIO_STARTER_PLACEHOLDER}: read values with Number(tokens[i]) (BigInt beyond 2^53), compute the answer.
const answer = 0;

process.stdout.write(\`\${answer}\\n\`);
`,
  java: `import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StringTokenizer in = new StringTokenizer(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));

        // ${STDIO_STARTER_PLACEHOLDER}: read values with Integer.parseInt(in.nextToken()), compute the answer.
        long answer = 0;

        out.println(answer);
        out.flush();
    }
}
`,
  cpp: `#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    // ${STDIO_STARTER_PLACEHOLDER}: read values with cin >> x, compute the answer.
    long long answer = 0;

    cout << answer << '\\n';
    return 0;
}
`,
  go: `package main

import (
\t"bufio"
\t"fmt"
\t"os"
)

var (
\tin  = bufio.NewReaderSize(os.Stdin, 1<<20)
\tout = bufio.NewWriterSize(os.Stdout, 1<<20)
)

func main() {
\tdefer out.Flush()

\t// ${STDIO_STARTER_PLACEHOLDER}: read values with fmt.Fscan(in, &x), compute the answer.
\tvar answer int64

\tfmt.Fprintln(out, answer)
}
`,
  c: `#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole of stdin in one NUL-terminated buffer. */
static char *read_all(void) {
    size_t size = 1 << 16, length = 0, n;
    char *buf = malloc(size + 1);
    while (buf && (n = fread(buf + length, 1, size - length, stdin)) > 0) {
        length += n;
        if (length == size) buf = realloc(buf, (size *= 2) + 1);
    }
    if (buf) buf[length] = '\\0';
    return buf;
}

int main(void) {
    char *input = read_all();

    /* ${STDIO_STARTER_PLACEHOLDER}: walk the input with char *p = input; then strtoll(p, &p, 10) per number. */
    long long answer = 0;

    printf("%lld\\n", answer);
    free(input);
    return 0;
}
`,
  rust: `use std::io::{self, BufWriter, Read, Write};

#[allow(unused_mut, unused_variables)] // until the solution reads \`tokens\`
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut out = BufWriter::new(io::stdout().lock());

    // ${STDIO_STARTER_PLACEHOLDER}: read values with tokens.next().unwrap().parse::<i64>().unwrap(), compute the answer.
    let answer: i64 = 0;

    writeln!(out, "{}", answer).unwrap();
}
`,
  csharp: `using System;
using System.Text;

class Program {
    static readonly string[] Tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
    static int position;

    /// The input's next whitespace-separated token.
    static string Next() {
        return Tokens[position++];
    }

    static void Main() {
        var output = new StringBuilder();

        // ${STDIO_STARTER_PLACEHOLDER}: read values with long.Parse(Next()), compute the answer.
        long answer = 0;

        output.Append(answer).Append('\\n');
        Console.Out.Write(output);
        Console.Out.Flush();
    }
}
`,
  ruby: `tokens = $stdin.read.split

# ${STDIO_STARTER_PLACEHOLDER}: read values with tokens[i].to_i, compute the answer.
answer = 0

puts answer
`,
  kotlin: stdioTemplate('kotlin/stdio.kt'),
  scala: stdioTemplate('scala/stdio.scala'),
};

/** The starter for a stdio problem in `language` (a package's `starters/<language>.*` overrides it). */
export function generateStdioStarter(language: LanguageId): string {
  return STDIO_STARTERS[language];
}
