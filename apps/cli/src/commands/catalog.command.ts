import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  findProblemDirs,
  loadCuratedLists,
  loadQuizSets,
  loadProblemPackageWithIssues,
  renderCatalogReadme,
  type CatalogEntry,
} from '@tryout/judge';
import { type CliContext, CliFailure } from '../cli-context';

interface ReadmeFlags {
  check?: boolean;
  dir?: string;
}

/** `tryout catalog readme [--check]`: writes (or checks) problems/README.md from the packages. */
export async function catalogReadmeCommand(ctx: CliContext, flags: ReadmeFlags): Promise<number> {
  const root = flags.dir ?? ctx.config.get('PROBLEMS_DIR');
  const dirs = await findProblemDirs(root).catch(() => {
    throw new CliFailure(`cannot read ${root}`);
  });
  const entries: CatalogEntry[] = [];
  for (const dir of dirs) {
    const { pkg } = await loadProblemPackageWithIssues(dir);
    entries.push({ slug: pkg.slug, name: pkg.name, difficulty: pkg.difficulty, type: pkg.type, tags: pkg.tags });
  }
  const wanted = renderCatalogReadme(entries, (await loadCuratedLists(root)) ?? [], (await loadQuizSets(root)) ?? []);
  const file = join(root, 'README.md');
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (flags.check) {
    if (current === wanted) {
      ctx.out(`${file} is current (${entries.length} problems)`);
      return 0;
    }
    ctx.err(`${file} is stale: run \`npm run tryout -- catalog readme\``);
    return 1;
  }
  if (current !== wanted) await writeFile(file, wanted);
  ctx.out(`${file}: ${entries.length} problems${current === wanted ? ' (unchanged)' : ''}`);
  return 0;
}

export function registerCatalogCommand(
  program: Command,
  ctx: () => CliContext,
  run: (p: Promise<number>) => void,
): void {
  const catalog = program.command('catalog').description('catalog maintenance');
  catalog
    .command('readme')
    .description('write problems/README.md (the catalog by topic and difficulty)')
    .option('--check', 'exit 1 when the file is not current instead of writing it')
    .option('--dir <folder>', 'catalog folder (default: PROBLEMS_DIR)')
    .action((flags: ReadmeFlags) => run(catalogReadmeCommand(ctx(), flags)));
}
