import type { Command } from 'commander';
import {
  type CuratedListFile,
  findProblemDirs,
  loadCuratedLists,
  loadProblemPackage,
  loadQuizSets,
  type ProblemPackage,
  type QuizSetFile,
  resolveTimeLimit,
  unknownListProblems,
} from '@tryout/judge';
import { createSandboxDriver } from '@tryout/sandbox';
import { type CliContext, CliFailure } from '../cli-context';

/** Packages with a wanted `number:` first (by it), then by slug: the order new problems get numbers in. */
function numberingOrder(a: ProblemPackage, b: ProblemPackage): number {
  return (a.number ?? Infinity) - (b.number ?? Infinity) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * `tryout import <package-dir | problems/>`: validates packages (ours or Kattis) and upserts them by
 * uuid. A Kattis package without a time limit gets one from its accepted submissions first. A
 * catalog folder's `lists/*.yaml` replace the stored curated lists, its `quizzes/*.yaml` the quiz sets.
 */
export async function importCommand(ctx: CliContext, target: string): Promise<number> {
  const dirs = await findProblemDirs(target).catch(() => {
    throw new CliFailure(`cannot read ${target}`);
  });
  if (dirs.length === 0) throw new CliFailure(`no problem packages under ${target}`);
  // Load and validate everything before touching the database: one bad package imports nothing.
  const packages: ProblemPackage[] = [];
  for (const dir of dirs) packages.push(await loadProblemPackage(dir));
  packages.sort(numberingOrder);
  // Only a catalog folder with a lists/ folder (not a single package) replaces the stored lists.
  const isCatalog = !(dirs.length === 1 && dirs[0] === target);
  const lists: CuratedListFile[] | undefined = isCatalog ? await loadCuratedLists(target) : undefined;
  const quizzes: QuizSetFile[] | undefined = isCatalog ? await loadQuizSets(target) : undefined;
  const unresolved = packages.filter((p) => p.limits.timeLimitSource === 'default');
  if (unresolved.length) {
    const driver = createSandboxDriver(ctx.config, { poolSize: 0 });
    try {
      for (let i = 0; i < packages.length; i++) {
        if (packages[i].limits.timeLimitSource !== 'default') continue;
        ctx.err(`${packages[i].slug}: no time limit; deriving it from the accepted submissions…`);
        packages[i] = await resolveTimeLimit(packages[i], driver);
        if (packages[i].limits.timeLimitSource === 'default')
          throw new CliFailure(`${packages[i].slug}: cannot derive a time limit (no accepted submission passed)`);
      }
    } finally {
      await driver.close();
    }
  }
  // Loaded here, not at start-up: judge and verify never pay for TypeORM and Redis.
  const { withNestContext } = await import('../nest-context');
  const { importPackage, knownSlugs, replaceLists, replaceQuizSets } = await import('../cli.module');
  await withNestContext(ctx, async (app) => {
    if (lists?.length) {
      const known = await knownSlugs(app);
      for (const p of packages) known.add(p.slug);
      const unknown = unknownListProblems(lists, known);
      if (unknown.length) throw new CliFailure(unknown.join('\n'));
    }
    let created = 0;
    let versions = 0;
    for (const pkg of packages) {
      const r = await importPackage(app, pkg);
      if (r.created) created++;
      if (r.newVersion) versions++;
      ctx.out(
        `${r.slug}: ${r.created ? 'created' : r.newVersion ? 'new version' : 'unchanged'} (v${r.version}, #${r.number})`,
      );
    }
    ctx.out(`${packages.length} package(s) imported: ${created} new, ${versions} new version(s)`);
    if (lists) {
      const r = await replaceLists(app, lists);
      ctx.out(`${r.lists} list(s) imported${r.removed ? `, ${r.removed} removed` : ''}`);
    }
    if (quizzes) {
      const r = await replaceQuizSets(app, quizzes);
      const notes = [
        r.removed ? `${r.removed} removed` : '',
        r.answersCleared ? `${r.answersCleared} answer(s) to changed questions cleared` : '',
      ];
      ctx.out(
        `${r.sets} quiz set(s) imported${notes
          .filter(Boolean)
          .map((n) => `, ${n}`)
          .join('')}`,
      );
    }
  });
  return 0;
}

export function registerImportCommand(
  program: Command,
  ctx: () => CliContext,
  run: (p: Promise<number>) => void,
): void {
  program
    .command('import')
    .description('validate problem packages and upsert them into the catalog by uuid')
    .argument('<target>', 'a problem package folder, or a folder of packages (problems/)')
    .action((target: string) => run(importCommand(ctx(), target)));
}
