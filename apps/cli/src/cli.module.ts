import { type INestApplicationContext, Module } from '@nestjs/common';
import type { Role } from '@tryout/contracts';
import type { CuratedListFile, ProblemPackage, QuizSetFile } from '@tryout/judge';
import { DatabaseModule, runMigrations } from '@tryout/server-database';
import {
  CuratedListsService,
  type ImportResult,
  type ListsImportResult,
  ProblemsModule,
  ProblemsService,
} from '@tryout/server-problems';
import { QuizModule, QuizService, type QuizImportResult } from '@tryout/server-quiz';
import { UsersModule, UsersService } from '@tryout/server-users';

/**
 * What the database commands need: the same services the API uses (ConfigModule comes from
 * nest-context). Commands load this file lazily, so judge and verify never load TypeORM or Redis.
 */
@Module({ imports: [DatabaseModule, ProblemsModule, QuizModule, UsersModule] })
export class CliModule {}

export function importPackage(app: INestApplicationContext, pkg: ProblemPackage): Promise<ImportResult> {
  return app.get(ProblemsService).importProblemPackage(pkg);
}

export function knownSlugs(app: INestApplicationContext): Promise<Set<string>> {
  return app.get(CuratedListsService).knownSlugs();
}

export function replaceLists(app: INestApplicationContext, lists: CuratedListFile[]): Promise<ListsImportResult> {
  return app.get(CuratedListsService).replaceLists(lists);
}

export function replaceQuizSets(app: INestApplicationContext, sets: QuizSetFile[]): Promise<QuizImportResult> {
  return app.get(QuizService).replaceSets(sets);
}

export async function createUser(
  app: INestApplicationContext,
  input: { email: string; password: string; role: Role; displayName?: string },
): Promise<{ id: string; email: string; role: Role }> {
  const user = await app.get(UsersService).createUser(input);
  return { id: user.id, email: user.email, role: user.role };
}

export function migrate(databaseUrl: string): Promise<string[]> {
  return runMigrations(databaseUrl);
}
