import type { Command } from 'commander';
import type { CliContext } from '../cli-context';

/** `tryout db migrate`: applies pending migrations to DATABASE_URL. */
export async function dbMigrateCommand(ctx: CliContext): Promise<number> {
  const { migrate } = await import('../cli.module');
  const applied = await migrate(ctx.config.get('DATABASE_URL'));
  ctx.out(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
  return 0;
}

export function registerDbCommand(program: Command, ctx: () => CliContext, run: (p: Promise<number>) => void): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations')
    .action(() => run(dbMigrateCommand(ctx())));
}
