import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file shipped beside a pack's code (a stdio template, a harness runtime): real source in its own
 * language, read from the pack's folder. The production build copies these folders' non-TypeScript
 * files next to the compiled code (scripts/copy-language-files.cjs), so the same path works there.
 */
export function readPackFile(packDir: string, name: string): string {
  return readFileSync(join(packDir, name), 'utf8');
}
