import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError, ConfigService } from '@tryout/server-config';
import { ProblemPackageException } from '@tryout/judge';
import { type CliContext, CliFailure } from './cli-context';
import { registerJudgeCommand } from './commands/judge.command';
import { registerVerifyCommand } from './commands/verify.command';
import { registerCatalogCommand } from './commands/catalog.command';
import { registerLanguagesCommand } from './commands/languages.command';
import { registerImportCommand } from './commands/import.command';
import { registerUserCommand } from './commands/user.command';
import { registerDbCommand } from './commands/db.command';

let context: CliContext | undefined;
/** Configuration is validated once, when the first command needs it. */
function ctx(): CliContext {
  context ??= {
    config: ConfigService.fromEnv(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  return context;
}

/** Runs a command: its number is the exit code; our failures print one line and exit non-zero. */
function run(promise: Promise<number>): void {
  promise.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof CliFailure || err instanceof ProblemPackageException || err instanceof ConfigError) {
        process.stderr.write(`tryout: ${err.message}\n`);
        process.exitCode = err instanceof CliFailure ? err.exitCode : 2;
      } else {
        process.stderr.write(`tryout: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exitCode = 2;
      }
    },
  );
}

const program = new Command('tryout').description(
  'Tryout command line: judge, verify, catalog, import, users, database',
);
registerJudgeCommand(program, ctx, run);
registerVerifyCommand(program, ctx, run);
registerCatalogCommand(program, ctx, run);
registerLanguagesCommand(program, ctx, run);
registerImportCommand(program, ctx, run);
registerUserCommand(program, ctx, run);
registerDbCommand(program, ctx, run);

program.parse();
