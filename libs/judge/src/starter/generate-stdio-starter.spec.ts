import { describe, expect, it } from 'vitest';
import { STDIO_LANGUAGE_IDS, type StdioLanguageId } from '@tryout/contracts';
import { generateStdioStarter, STDIO_STARTER_PLACEHOLDER } from './generate-stdio-starter';

/** How each starter reads the whole input: the language's idiomatic fast way. */
const READS: Record<StdioLanguageId, RegExp> = {
  python: /sys\.stdin\.buffer\.read\(\)\.split\(\)/,
  javascript: /readFileSync\(0, 'utf8'\)/,
  typescript: /readFileSync\(0, 'utf8'\)/,
  java: /System\.in\.readAllBytes\(\)/,
  cpp: /ios::sync_with_stdio\(false\);\s+cin\.tie\(nullptr\);/,
  go: /bufio\.NewReaderSize\(os\.Stdin, 1<<20\)/,
  c: /fread\(buf \+ length, 1, size - length, stdin\)/,
  rust: /read_to_string\(&mut input\)/,
  csharp: /Console\.In\.ReadToEnd\(\)/,
  ruby: /\$stdin\.read\.split/,
  kotlin: /System\.`in`\.readBytes\(\)/,
  scala: /System\.in\.readAllBytes\(\)/,
  php: /stream_get_contents\(STDIN\)/,
  elixir: /IO\.read\(:stdio, :eof\)/,
};
const PRINTS: Record<StdioLanguageId, RegExp> = {
  python: /sys\.stdout\.write\(f"\{answer\}\\n"\)/,
  javascript: /process\.stdout\.write\(`\$\{answer\}\\n`\)/,
  typescript: /process\.stdout\.write\(`\$\{answer\}\\n`\)/,
  java: /out\.println\(answer\);\s+out\.flush\(\);/,
  cpp: /cout << answer << '\\n';/,
  go: /fmt\.Fprintln\(out, answer\)/,
  c: /printf\("%lld\\n", answer\);/,
  rust: /writeln!\(out, "\{\}", answer\)/,
  csharp: /output\.Append\(answer\)[\s\S]*Console\.Out\.Write\(output\);/,
  ruby: /puts answer/,
  kotlin: /out\.write\("\$answer\\n"\);?\s+out\.flush\(\)/,
  scala: /out\.write\(s"\$answer\\n"\)\s+out\.flush\(\)/,
  php: /echo \$answer, "\\n";/,
  elixir: /IO\.puts\(Main\.solve\(tokens\)\)/,
};

describe('generateStdioStarter', () => {
  it.each([...STDIO_LANGUAGE_IDS])(
    '%s: reads the whole input, leaves a comment for the logic, prints the answer',
    (lang) => {
      const code = generateStdioStarter(lang);
      expect(code).toMatch(READS[lang]);
      expect(code).toMatch(PRINTS[lang]);
      const read = code.search(READS[lang]);
      const comment = code.indexOf(STDIO_STARTER_PLACEHOLDER);
      const print = code.search(PRINTS[lang]);
      expect(read).toBeGreaterThanOrEqual(0);
      // In this order: input, then the place for the logic, then the output.
      expect(comment).toBeGreaterThan(read);
      expect(print).toBeGreaterThan(comment);
      expect(code.endsWith('\n')).toBe(true);
    },
  );

  it('is a program named as the runner expects, flushing buffered output', () => {
    expect(generateStdioStarter('java')).toMatch(/public class Main \{/);
    expect(generateStdioStarter('go')).toMatch(/^package main\n[\s\S]*defer out\.Flush\(\)/);
  });
});
