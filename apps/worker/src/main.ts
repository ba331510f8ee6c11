import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, ConfigService } from '@tryout/server-config';
import { JudgeWorkerService } from './judge-worker.service';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  let config: ConfigService;
  try {
    config = ConfigService.fromEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: config.get('LOG_LEVEL') === 'silent' ? false : undefined,
  });
  const logger = new Logger('Worker');
  let stopping = false;
  // SIGTERM/SIGINT: drain in-flight jobs first, then close the app (DB, Redis, sandboxes).
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await app.get(JudgeWorkerService).drain(signal);
      await app.close();
      logger.log('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  logger.log('worker ready');
}

void bootstrap();
