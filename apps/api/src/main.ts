import { Logger } from '@nestjs/common';
import { ConfigError, ConfigService } from '@tryout/server-config';
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
  new Logger('Bootstrap').log(`API listening on ${await app.getUrl()} (docs at /api/docs)`);
}

main().catch((err: unknown) => {
  console.error('API failed to start:', err);
  process.exit(1);
});
