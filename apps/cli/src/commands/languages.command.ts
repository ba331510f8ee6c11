import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { generatedLanguageFiles, LANGUAGE_PACKS } from '@tryout/languages';
import type { CliContext } from '../cli-context';

interface GenerateFlags {
  check?: boolean;
}

/** `tryout languages generate [--check]`: writes (or checks) the files derived from the language packs. */
export async function languagesGenerateCommand(ctx: CliContext, flags: GenerateFlags): Promise<number> {
  let stale = 0;
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(resolve(process.cwd(), file), 'utf8');
    } catch {
      return undefined;
    }
  };
  for (const { file, content } of generatedLanguageFiles(read)) {
    const path = resolve(process.cwd(), file);
    const current = read(file);
    if (current === content) {
      ctx.out(`${file} is current`);
    } else if (flags.check) {
      ctx.err(`${file} is stale: run \`npm run tryout -- languages generate\``);
      stale++;
    } else {
      await writeFile(path, content);
      ctx.out(`${file}: written`);
    }
  }
  ctx.out(`${LANGUAGE_PACKS.length} language packs`);
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
    .description("write the files derived from the language packs (the web contract, the runner images' labels)")
    .option('--check', 'exit 1 when a file is not current instead of writing it')
    .action((flags: GenerateFlags) => run(languagesGenerateCommand(ctx(), flags)));
}
