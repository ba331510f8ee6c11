import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import {
  Hocuspocus,
  type Connection,
  type beforeHandleMessagePayload,
  type onAuthenticatePayload,
  type onLoadDocumentPayload,
  type onStatelessPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LIVE_PASTE_SIZE_MAX,
  LIVE_TEXT_NAME,
  parseLiveDocumentName,
  type LiveClientSignal,
  type LiveEventKind,
  type LiveServerSignal,
} from '@tryout/contracts';
import { registerLiveEditorMetrics } from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { CatalogService, allowedLanguages } from '@tryout/server-problems';
import { AuthService, type AuthPrincipal } from '@tryout/server-users';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { CandidateSessionService } from '../candidate/candidate-session.service';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewException } from '../interview.exception';
import { InterviewEventsService } from '../sessions/interview-events.service';
import { InterviewSessionProblemEntity } from '../sessions/interview-session-problem.entity';
import { sessionStatus } from '../sessions/interview-view.util';
import { InterviewsService } from '../sessions/interviews.service';
import { InterviewLiveDocumentEntity } from './live-document.entity';
import { incomingUpdate, isEmptyUpdate, loadLiveDocument, seedUpdate } from './live-document.store';
import { InterviewLiveEventEntity } from './live-event.entity';
import { InterviewLiveUpdateEntity } from './live-update.entity';
import { LiveUpdateLog } from './live-update.log';

/** Who a live connection is; set by onAuthenticate, read by every later hook. */
export interface LiveContext {
  userId: string;
  role: 'candidate' | 'interviewer';
  sessionId: string;
  position: number;
  /** A candidate's session token (its link generation is re-checked when the session changes); null for a JWT. */
  scope: AuthPrincipal['session'] | null;
}

const SIGNALS: readonly LiveClientSignal['kind'][] = ['hidden', 'visible', 'blur', 'focus', 'paste', 'watch', 'pair'];
/** Largest WebSocket message accepted: a paste of a big file still fits, a flood does not. */
const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** How long shutdown waits for documents to unload (the Redis extension delays it by a second). */
const UNLOAD_WAIT_MS = 10_000;

/**
 * The live shared editor: a Hocuspocus server on the API's HTTP server, one Yjs document per
 * session problem. Every update is appended to Postgres (with the server's time and its author)
 * before Hocuspocus applies and acknowledges it, so an acknowledged keystroke survives a restart;
 * the insert itself checks the session clock, so nothing is accepted after the deadline. Replicas
 * share documents through Hocuspocus's Redis extension.
 */
@Injectable()
export class LiveEditorService implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveEditorService.name);
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  readonly hocuspocus: Hocuspocus;
  private closing = false;
  private readonly log: LiveUpdateLog;
  private unsubscribe?: () => Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly candidates: CandidateSessionService,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly events: InterviewEventsService,
    config: ConfigService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.log = new LiveUpdateLog(dataSource, () => clock.now());
    const redisUrl = config.get('REDIS_URL');
    this.hocuspocus = new Hocuspocus({
      name: 'tryout-live',
      quiet: true,
      // The log in Postgres is the durable copy; the compacted state is only a cache, stored lazily.
      debounce: 2000,
      maxDebounce: 10_000,
      extensions: [
        new RedisExtension({
          createClient: () => {
            const client = new Redis(redisUrl, { connectionName: 'tryout-live-editor', maxRetriesPerRequest: 2 });
            client.on('error', (err: Error) => this.logger.warn(`redis: ${err.message}`));
            return client;
          },
          prefix: `${config.get('QUEUE_PREFIX')}:live`,
        }),
      ],
      onAuthenticate: (data) => this.authenticate(data),
      onLoadDocument: (data) => this.load(data),
      beforeHandleMessage: (data) => this.beforeMessage(data),
      onStateless: (data) => this.signal(data),
      connected: async ({ context }) => this.record(context as LiveContext, 'online'),
      onDisconnect: async ({ context }) => {
        if ((context as LiveContext | undefined)?.sessionId) await this.record(context as LiveContext, 'offline');
      },
      onStoreDocument: (data) => this.store(data),
    });
    registerLiveEditorMetrics(() => ({
      connections: this.hocuspocus.getConnectionsCount(),
      documents: this.hocuspocus.getDocumentsCount(),
    }));
  }

  /** Every replica follows every session's changes: the one holding a candidate's socket must act on a revocation made elsewhere. */
  async onModuleInit(): Promise<void> {
    this.unsubscribe = await this.events.subscribeAll((sessionId) => {
      this.recheck(sessionId).catch((err: Error) => this.logger.warn(`live recheck of ${sessionId}: ${err.message}`));
    });
  }

  /** Takes a WebSocket upgrade of the live-editor route. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.hocuspocus.handleConnection(ws, req));
  }

  /** Before the HTTP server closes (it would wait for open WebSockets): drop every connection, let documents unload. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.unsubscribe?.().catch(() => undefined);
    this.hocuspocus.closeConnections();
    for (const client of this.wss.clients) client.terminate();
    const until = Date.now() + UNLOAD_WAIT_MS;
    while (this.hocuspocus.getDocumentsCount() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    // The Redis extension quits its clients in turn; Redlock's quit then finds its connection
    // already closed. Nothing is lost at that point (every update was logged before its ack).
    await this.hocuspocus
      .hooks('onDestroy', { instance: this.hocuspocus })
      .catch((err: Error) => this.logger.warn(`live editor shutdown: ${err.message}`));
  }

  /**
   * A guest's or signed-in candidate's session token opens only its own session's documents; a
   * JWT opens them for the session's interviewers and admins, read-only until they switch to pair.
   */
  private async authenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<LiveContext> {
    const doc = parseLiveDocumentName(documentName);
    if (!doc) throw new Error('no such document');
    const principal = await this.auth.authenticate(token);
    let role: LiveContext['role'];
    let session;
    if (principal.session) {
      if (principal.session.id !== doc.sessionId) throw new Error('another session');
      session = await this.candidates.sessionOf(principal).catch((err: unknown) => {
        // Hocuspocus sends `reason` to the client: the page can then say the link was revoked.
        if (err instanceof InterviewException && err.code === 'invite_revoked')
          throw Object.assign(new Error(err.message), { reason: 'invite_revoked' });
        throw err;
      });
      role = 'candidate';
    } else {
      session = await this.interviews.findVisible(principal, doc.sessionId);
      role = session.candidateUserId === principal.userId ? 'candidate' : 'interviewer';
    }
    const status = sessionStatus(session, this.clock.now());
    if (role === 'candidate' && status === 'scheduled') throw new Error('press Start first');
    const problems = await this.interviews.sessionProblems(session.id);
    if (!problems.some((p) => p.position === doc.position)) throw new Error('no such problem');
    // Interviewers join watching; a `pair` signal lets them type. After the deadline nobody writes.
    if (role === 'interviewer' || status !== 'live') connectionConfig.readOnly = true;
    return { userId: principal.userId, role, ...doc, scope: principal.session ?? null };
  }

  /** Rebuilds the document from Postgres; a document never opened is seeded with the saved or starter code. */
  private async load({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const doc = parseLiveDocumentName(documentName)!;
    const stored = await loadLiveDocument(this.dataSource.manager, doc.sessionId, doc.position);
    if (stored) {
      Y.applyUpdate(document, Y.encodeStateAsUpdate(stored));
      stored.destroy();
      return;
    }
    const session = await this.dataSource
      .getRepository(InterviewSessionProblemEntity)
      .findOneByOrFail({ sessionId: doc.sessionId, position: doc.position });
    const problems = await this.interviews.sessionProblems(doc.sessionId);
    const problem = problems.find((p) => p.position === doc.position)!;
    let text = session.latestSource ?? '';
    if (session.latestSource === null) {
      const s = await this.interviews.sessionById(doc.sessionId);
      const language = session.latestLanguage ?? allowedLanguages(problem).find((l) => s.languages.includes(l)) ?? null;
      if (language) {
        text = (await this.catalog.detail(problem.slug)).starterCode[language] ?? '';
        // The deadline submits in this language unless the candidate picks another.
        if (!session.latestLanguage)
          await this.dataSource
            .getRepository(InterviewSessionProblemEntity)
            .update({ sessionId: doc.sessionId, position: doc.position }, { latestLanguage: language });
      }
    }
    if (!text) return;
    const update = seedUpdate(text);
    await this.dataSource.getRepository(InterviewLiveUpdateEntity).insert({
      sessionId: doc.sessionId,
      position: doc.position,
      update: Buffer.from(update),
      authorId: null,
      createdAt: this.clock.now(),
    });
    Y.applyUpdate(document, update);
  }

  /**
   * Appends a writer's update to the log before Hocuspocus applies and acknowledges it. The insert
   * holds the session row (FOR SHARE) and checks the clock, so the finaliser either sees it or it
   * is refused: then the connection turns read-only and Hocuspocus answers "not applied".
   */
  private async beforeMessage({ update: message, connection, context, document }: beforeHandleMessagePayload) {
    if (connection.readOnly) return;
    const update = incomingUpdate(message);
    if (!update || isEmptyUpdate(update)) return;
    if (Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
    const c = context as LiveContext;
    const outcome = await this.log.append({
      sessionId: c.sessionId,
      position: c.position,
      update,
      authorId: c.userId,
      inviteVersion: c.scope?.inviteVersion ?? null,
    });
    if (outcome === 'revoked') this.revoked(connection);
    else if (outcome === 'over') this.sessionOver(connection);
  }

  private send(connection: Connection, signal: LiveServerSignal): void {
    connection.sendStateless(JSON.stringify(signal));
  }

  private sessionOver(connection: Connection): void {
    connection.readOnly = true;
    this.send(connection, { kind: 'session_over' });
  }

  /**
   * The candidate's link was revoked or replaced: tell the page, then drop the connection. A later
   * message on that socket would have to authenticate again, which the revoked token cannot; the
   * read-only flag keeps a message already past `beforeHandleMessage` from being applied.
   */
  private revoked(connection: Connection): void {
    connection.readOnly = true;
    this.send(connection, { kind: 'invite_revoked' });
    connection.close({ code: 4403, reason: 'invite_revoked' });
  }

  /**
   * A session changed (revoked or new link, end, cancel, time change): closes candidate connections
   * whose token no longer opens it and turns every connection read-only once it takes no edits.
   */
  private async recheck(sessionId: string): Promise<void> {
    if (this.closing) return;
    const connections = [...this.hocuspocus.documents.values()]
      .filter((d) => parseLiveDocumentName(d.name)?.sessionId === sessionId)
      .flatMap((d) => d.getConnections());
    if (!connections.length) return;
    const session = await this.interviews.catchUp(await this.interviews.sessionById(sessionId));
    const live = sessionStatus(session, this.clock.now()) === 'live';
    for (const connection of connections) {
      const c = connection.context as LiveContext;
      const scope = c.scope;
      const linkGone =
        !!scope &&
        (scope.inviteVersion !== session.inviteVersion || (session.kind === 'interview' && !session.inviteTokenHash));
      if (linkGone) this.revoked(connection);
      else if (!live && !connection.readOnly) this.sessionOver(connection);
    }
  }

  /** Presence, focus and paste reports, and an interviewer's watch/pair switch. */
  private async signal({ payload, connection }: onStatelessPayload): Promise<void> {
    const c = connection.context as LiveContext;
    let parsed: Partial<LiveClientSignal>;
    try {
      parsed = JSON.parse(payload) as Partial<LiveClientSignal>;
    } catch {
      return;
    }
    const kind = parsed.kind;
    if (!kind || !SIGNALS.includes(kind)) return;
    if (kind === 'watch' || kind === 'pair') {
      if (c.role !== 'interviewer') return;
      if (kind === 'pair') {
        const s = await this.interviews.sessionById(c.sessionId);
        if (sessionStatus(s, this.clock.now()) !== 'live') return this.sessionOver(connection);
      }
      connection.readOnly = kind === 'watch';
      this.send(connection, { kind: 'mode', mode: kind });
    }
    const size =
      kind === 'paste' && typeof parsed.size === 'number' && Number.isFinite(parsed.size)
        ? Math.min(Math.max(0, Math.round(parsed.size)), LIVE_PASTE_SIZE_MAX)
        : null;
    await this.record(c, kind, size);
  }

  private async record(c: LiveContext, kind: LiveEventKind, size: number | null = null): Promise<void> {
    if (this.closing) return;
    try {
      await this.dataSource.getRepository(InterviewLiveEventEntity).insert({
        sessionId: c.sessionId,
        position: c.position,
        userId: c.userId,
        kind,
        size,
        createdAt: this.clock.now(),
      });
    } catch (err) {
      this.logger.warn({ sessionId: c.sessionId, kind, err }, 'live event not recorded');
    }
  }

  /**
   * Compacts: stores the state up to the last logged update it is known to contain (an update
   * logged by another replica may still be on its way here), and refreshes the latest code.
   */
  private async store({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    if (this.closing) return;
    const doc = parseLiveDocumentName(documentName)!;
    const docs = this.dataSource.getRepository(InterviewLiveDocumentEntity);
    const previous = await docs.findOneBy({ sessionId: doc.sessionId, position: doc.position });
    const pending = await this.dataSource
      .getRepository(InterviewLiveUpdateEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.update'])
      .where('u.session_id = :sessionId AND u.position = :position', doc)
      .andWhere('u.id > :after', { after: previous?.lastUpdateId ?? '0' })
      .orderBy('u.id', 'ASC')
      .getMany();
    const snapshot = Y.snapshot(document);
    let last = previous?.lastUpdateId ?? '0';
    for (const u of pending) {
      if (!Y.snapshotContainsUpdate(snapshot, new Uint8Array(u.update))) break;
      last = u.id;
    }
    const now = this.clock.now();
    await docs.upsert(
      {
        sessionId: doc.sessionId,
        position: doc.position,
        state: Buffer.from(Y.encodeStateAsUpdate(document)),
        lastUpdateId: last,
        updatedAt: now,
      },
      ['sessionId', 'position'],
    );
    await this.dataSource
      .getRepository(InterviewSessionProblemEntity)
      .update(
        { sessionId: doc.sessionId, position: doc.position },
        { latestSource: document.getText(LIVE_TEXT_NAME).toJSON(), latestSavedAt: now },
      );
  }
}
