import type { ConfigService } from '@tryout/server-config';

/** What every command gets: configuration validated once, and where to write. */
export interface CliContext {
  config: ConfigService;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Our own failures (bad package, sandbox down): exit non-zero, unlike any candidate verdict. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function padTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}
