import type { Command } from 'commander';
import { findProblemDirs, loadProblemPackage, type ProblemPackage, resolveTimeLimit } from '@tryout/judge';
import { createSandboxDriver } from '@tryout/sandbox';
import { type CliContext, CliFailure } from '../cli-context';

/**
 * `tryout import <package-dir | problems/>`: validates packages (ours or Kattis) and upserts them by
 * uuid. A Kattis package without a time limit gets one from its accepted submissions first.
 */
export async function importCommand(ctx: CliContext, target: string): Promise<number> {
  const dirs = await findProblemDirs(target).catch(() => {
    throw new CliFailure(`cannot read ${target}`);
  });
  if (dirs.length === 0) throw new CliFailure(`no problem packages under ${target}`);
  // Load and validate everything before touching the database: one bad package imports nothing.
  const packages: ProblemPackage[] = [];
  for (const dir of dirs) packages.push(await loadProblemPackage(dir));
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
  const { importPackage } = await import('../cli.module');
  await withNestContext(ctx, async (app) => {
    let created = 0;
    let versions = 0;
    for (const pkg of packages) {
      const r = await importPackage(app, pkg);
      if (r.created) created++;
      if (r.newVersion) versions++;
      ctx.out(`${r.slug}: ${r.created ? 'created' : r.newVersion ? 'new version' : 'unchanged'} (v${r.version})`);
    }
    ctx.out(`${packages.length} package(s) imported: ${created} new, ${versions} new version(s)`);
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
