export interface CompileDiagnostic {
  line: number;
  column: number | null;
  message: string;
}

const SOURCE_EXT = String.raw`(?:py|js|mjs|cjs|ts|java|c|cc|cpp|cxx|h|hpp|go|rs|cs|rb)`;
// file.ext:LINE[:COL] (gcc, clang, javac, go, ruby, node, tsc --pretty false), file.ext(LINE,COL) (csc, tsc),
// --> file.ext:LINE:COL (rustc), File "file.py", line LINE (python).
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`[\w./\\-]+\.${SOURCE_EXT}:(\d+)(?::(\d+))?:?\s*(.*)`),
  new RegExp(String.raw`[\w./\\-]+\.${SOURCE_EXT}\((\d+),(\d+)\):\s*(.*)`),
  /File "[^"]+", line (\d+)()(.*)/,
];

/**
 * Pulls the candidate-file line numbers out of compiler output, so the UI can list them and mark
 * the lines in the editor. Unknown formats simply yield nothing; the raw output is always shown.
 */
export function parseCompileDiagnostics(output: string, maxLine = Number.MAX_SAFE_INTEGER): CompileDiagnostic[] {
  const seen = new Set<string>();
  const result: CompileDiagnostic[] = [];
  for (const rawLine of output.split(/\r?\n/)) {
    for (const pattern of PATTERNS) {
      const match = pattern.exec(rawLine);
      if (!match) continue;
      const line = Number(match[1]);
      const column = match[2] ? Number(match[2]) : null;
      if (!Number.isInteger(line) || line < 1 || line > maxLine) break;
      const message = (match[3] ?? '').trim();
      const key = `${line}:${column ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        result.push({ line, column, message });
      }
      break;
    }
  }
  return result.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
