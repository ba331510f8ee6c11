import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import type { ProblemPackage } from '@tryout/judge';
import { ConfigModule, ConfigService } from '@tryout/server-config';
import { DatabaseModule } from '@tryout/server-database';
import { ProblemsModule, ProblemsService } from '@tryout/server-problems';

/** Imports problem folders with the real ProblemsService (as `tryout import` does); returns the slugs. */
export async function importIntoDatabase(
  databaseUrl: string,
  prefix: string,
  dirs: string[],
  load: (dir: string) => Promise<ProblemPackage>,
): Promise<string[]> {
  const config = ConfigService.fromEnv({
    ...process.env,
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
  });
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, ProblemsModule] })
  class ImportModule {}
  const ctx = await NestFactory.createApplicationContext(ImportModule, { logger: ['error'] });
  const slugs: string[] = [];
  try {
    const problems = ctx.get(ProblemsService);
    for (const dir of dirs) {
      try {
        slugs.push((await problems.importProblemPackage(await load(dir))).slug);
      } catch (err) {
        console.warn(`skipped ${dir}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await ctx.close();
  }
  return slugs;
}
