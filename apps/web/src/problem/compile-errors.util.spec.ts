import { describe, expect, it } from 'vitest';
import { parseCompileDiagnostics } from './compile-errors.util';

describe('parseCompileDiagnostics', () => {
  it('reads javac output', () => {
    const out = "Main.java:3: error: ';' expected\n        int x = 1\n                 ^\n1 error\n";
    expect(parseCompileDiagnostics(out)).toEqual([{ line: 3, column: null, message: "error: ';' expected" }]);
  });

  it('reads gcc and go output with columns', () => {
    const out = "solution.cpp:5:12: error: expected ';' before '}' token\n./main.go:7:2: undefined: foo";
    expect(parseCompileDiagnostics(out).map((d) => [d.line, d.column])).toEqual([
      [5, 12],
      [7, 2],
    ]);
  });

  it('reads rustc, csc and python output', () => {
    expect(parseCompileDiagnostics('error[E0425]: cannot find value\n --> src/main.rs:4:5\n')[0]).toMatchObject({
      line: 4,
      column: 5,
    });
    expect(parseCompileDiagnostics('Program.cs(9,13): error CS1002: ; expected')[0]).toMatchObject({
      line: 9,
      column: 13,
      message: 'error CS1002: ; expected',
    });
    expect(parseCompileDiagnostics('  File "solution.py", line 2\n    def f(\n SyntaxError')[0]).toMatchObject({
      line: 2,
    });
  });

  it('drops duplicates, lines outside the source and unknown formats', () => {
    const out = 'a.c:2:1: error: x\na.c:2:1: note: y\na.c:99:1: error: z\nsomething else entirely';
    expect(parseCompileDiagnostics(out, 10)).toEqual([{ line: 2, column: 1, message: 'error: x' }]);
  });
});
