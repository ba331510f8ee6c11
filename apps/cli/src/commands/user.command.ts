import type { Command } from 'commander';
import { ROLES, type Role } from '@tryout/contracts';
import { type CliContext, CliFailure } from '../cli-context';

interface CreateFlags {
  email: string;
  password: string;
  role: string;
  name?: string;
}

/** `tryout user create --email --password [--role]`: through the same service as registration. */
export async function userCreateCommand(ctx: CliContext, flags: CreateFlags): Promise<number> {
  if (!(ROLES as readonly string[]).includes(flags.role))
    throw new CliFailure(`--role must be one of ${ROLES.join(', ')}`);
  const { withNestContext } = await import('../nest-context');
  const { createUser } = await import('../cli.module');
  return withNestContext(ctx, async (app) => {
    try {
      const user = await createUser(app, {
        email: flags.email,
        password: flags.password,
        role: flags.role as Role,
        displayName: flags.name,
      });
      ctx.out(`created ${user.role} ${user.email} (${user.id})`);
      return 0;
    } catch (err) {
      throw new CliFailure(`cannot create the user: ${(err as Error).message}`);
    }
  });
}

export function registerUserCommand(program: Command, ctx: () => CliContext, run: (p: Promise<number>) => void): void {
  const user = program.command('user').description('user accounts');
  user
    .command('create')
    .description('create an account')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--password <password>', 'password (at least 12 characters)')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'candidate')
    .option('--name <display-name>', 'display name')
    .action((flags: CreateFlags) => run(userCreateCommand(ctx(), flags)));
}
