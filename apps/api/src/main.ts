import { Logger } from '@nestjs/common';
import { baseLoggerOptions, collectProcessMetrics, startMetricsServer } from '@tryout/server-common';
import { ConfigError, ConfigService } from '@tryout/server-config';
import pino from 'pino';
import { createApp } from './app.factory';

async function main(): Promise<void> {
  let config: ConfigService;
  try {
    config = ConfigService.fromEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen(config.get('API_PORT'), config.get('API_HOST'));
  new Logger('Bootstrap').log({ url: await app.getUrl(), docs: '/api/docs' }, 'API listening');
  collectProcessMetrics();
  const metricsPort = config.get('API_METRICS_PORT');
  if (metricsPort) {
    await startMetricsServer(config.get('METRICS_HOST'), metricsPort);
    new Logger('Bootstrap').log({ host: config.get('METRICS_HOST'), port: metricsPort }, 'metrics listening');
  }
}

main().catch((err: unknown) => {
  // One JSON line like every other, and through the same error serializer (no query parameters).
  pino(baseLoggerOptions('fatal')).fatal({ err }, 'API failed to start');
  process.exit(1);
});
