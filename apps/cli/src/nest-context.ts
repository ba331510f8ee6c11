import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@tryout/server-config';
import type { CliContext } from './cli-context';

/** A Nest application context over CliModule, closed after `fn`, so commands reuse E's services. */
export async function withNestContext<T>(
  ctx: CliContext,
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  // Imported lazily: judge and verify never load TypeORM or Redis.
  const { CliModule } = await import('./cli.module');
  @Module({ imports: [ConfigModule.forRoot(ctx.config), CliModule] })
  class CliRootModule {}
  const app = await NestFactory.createApplicationContext(CliRootModule, { logger: ['error', 'warn'] });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
