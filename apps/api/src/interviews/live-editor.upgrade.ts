import type { NestExpressApplication } from '@nestjs/platform-express';
import { LIVE_EDITOR_PATH } from '@tryout/contracts';
import { LiveEditorService } from '@tryout/server-interviews';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** Routes WebSocket upgrades of the live-editor path to Hocuspocus; any other upgrade is refused. */
export function attachLiveEditor(app: NestExpressApplication): void {
  const live = app.get(LiveEditorService);
  const server = app.getHttpServer();
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === LIVE_EDITOR_PATH) return live.handleUpgrade(req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
}
