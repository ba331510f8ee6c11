/**
 * The API process bench/api/run.ts measures: the real app (createApp) with the bench route on.
 * Reads its configuration from the environment run.ts passes; prints `READY <port>` when listening.
 */
import { ConfigService } from '@tryout/server-config';
import { createApp } from '../../apps/api/src/app.factory';

async function main(): Promise<void> {
  const app = await createApp(ConfigService.fromEnv());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  process.stdout.write(`READY ${port}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
