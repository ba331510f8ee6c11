import type { StdioLanguageId } from '@tryout/contracts';
import { languagePack } from '@tryout/languages';

/** Where the candidate's logic goes, the same words in every language's stdio template. */
export const STDIO_STARTER_PLACEHOLDER = 'Your solution here';

/**
 * The starter for a stdio problem in `language` (a package's `starters/<language>.*` overrides it):
 * the pack's template, which reads the whole input the idiomatic fast way, has a comment where the
 * logic goes and prints the answer (it compiles without warnings and prints 0 on any input).
 */
export function generateStdioStarter(language: StdioLanguageId): string {
  const starter = languagePack(language).stdioStarter;
  if (starter === undefined) throw new Error(`${language} has no stdio starter`);
  return starter;
}
