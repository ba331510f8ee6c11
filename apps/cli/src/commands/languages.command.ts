import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { LANGUAGE_CONTRACT_FILE, LANGUAGE_PACKS, renderLanguageContract } from '@tryout/languages';
import type { CliContext } from '../cli-context';

interface GenerateFlags {
  check?: boolean;
}

/** The files generated from the language packs, repo-relative, with their wanted content. */
function generatedFiles(): { file: string; content: string }[] {
  return [{ file: LANGUAGE_CONTRACT_FILE, content: renderLanguageContract() }];
}

/** `tryout languages generate [--check]`: writes (or checks) the files derived from the language packs. */
export async function languagesGenerateCommand(ctx: CliContext, flags: GenerateFlags): Promise<number> {
  let stale = 0;
  for (const { file, content } of generatedFiles()) {
    const path = resolve(process.cwd(), file);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === content) {
      ctx.out(`${file} is current (${LANGUAGE_PACKS.length} languages)`);
    } else if (flags.check) {
      ctx.err(`${file} is stale: run \`npm run tryout -- languages generate\``);
      stale++;
    } else {
      await writeFile(path, content);
      ctx.out(`${file}: written (${LANGUAGE_PACKS.length} languages)`);
    }
  }
  return stale ? 1 : 0;
}

export function registerLanguagesCommand(
  program: Command,
  ctx: () => CliContext,
  run: (p: Promise<number>) => void,
): void {
  const languages = program.command('languages').description('the language packs (libs/languages)');
  languages
    .command('generate')
    .description('write the files derived from the language packs (the web contract)')
    .option('--check', 'exit 1 when a file is not current instead of writing it')
    .action((flags: GenerateFlags) => run(languagesGenerateCommand(ctx(), flags)));
}
