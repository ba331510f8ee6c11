import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { baseLoggerOptions } from '@tryout/server-common';
import { ConfigError, ConfigService } from '@tryout/server-config';
import pino from 'pino';
import { JudgeWorkerService } from './judge-worker.service';
import { createWorker } from './worker.factory';

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
  const app = await createWorker(config);
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

bootstrap().catch((err: unknown) => {
  // One JSON line like every other, and through the same error serializer (no query parameters).
  pino(baseLoggerOptions('fatal')).fatal({ err }, 'worker failed to start');
  process.exit(1);
});
