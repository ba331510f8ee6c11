import { expandArgv, findLanguagePack, hasPlaceholder, languagePack, runnerImage } from '@tryout/languages';
import type Dockerode from 'dockerode';
import { randomBytes } from 'node:crypto';
import type { LanguageId } from '@tryout/contracts';
import type {
  SandboxDriver,
  SandboxEvent,
  SandboxExecution,
  SandboxJob,
  SandboxLimits,
  SandboxProcessResult,
} from './sandbox.types';
import { ContainerShape } from './container-spec.util';
import { EventChannel } from './event.channel';
import { SandboxContainer } from './sandbox-container';
import { SandboxException, SandboxExceptionCode } from './sandbox.exception';
import {
  encodeControl,
  encodeJob,
  encodeTest,
  Frame,
  HostFrame,
  isSafeRelativePath,
  SupervisorDone,
  SupervisorExit,
  SupervisorFrame,
  WALL_HARD_STOP_FACTOR,
  WireJob,
} from './supervisor-protocol.util';

const MiB = 1024 * 1024;

export interface DockerSandboxOptions {
  /** Warm, unbound containers kept per language (0: start on demand). */
  poolSize: number;
  /** An idle container (warm or bound to an owner) is removed after this long. */
  idleMs: number;
  /** Jobs one owner-bound container may serve before it is replaced. */
  reuseRuns: number;
  /** No container serves a job once older than this; the janitor's horizon builds on it. */
  maxContainerAgeMs?: number;
  /** Idle owner-bound containers kept in total; the least recently used go first. */
  maxBoundIdle?: number;
  /**
   * Hand an idle container whose jobs all ended clean to another owner instead of starting a new
   * one (docs/sandbox.md, *Threat model of reuse*). Default true; false keeps one owner per container.
   */
  shareAcrossOwners?: boolean;
  /** Image per language; default `tryout-runner-<id>:latest`. */
  images?: Partial<Record<LanguageId, string>>;
  workTmpfsBytes?: number;
  tmpTmpfsBytes?: number;
  /** Memory cgroup slack above the largest step limit plus both tmpfs sizes (supervisor, buffers). */
  memoryHeadroomBytes?: number;
  pidsLimit?: number;
  nanoCpus?: number;
  nofile?: number;
  /** Extra time past a process's wall limit before the host gives up on the supervisor. */
  watchdogGraceMs?: number;
  /** Test input bytes sent ahead of the supervisor (bounds its memory; at least one test). */
  windowBytes?: number;
  logger?: { warn(message: string): void };
}

export interface SandboxStats {
  created: number;
  destroyed: number;
  /** Jobs served by a warm, never-used container. */
  warmHits: number;
  /** Jobs served by the owner's previous container. */
  reuseHits: number;
  /** Jobs served by another owner's idle container, reset by its clean job end (no start). */
  handovers: number;
  /** Jobs that had to wait for a fresh container. */
  coldStarts: number;
  memoryUpdates: number;
}

const BASE_ENV: Record<string, string> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/tmp',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
};

const STDERR_CAP = 64 * 1024;
const RESULT_CAP = 16 * MiB;
const COLLECT_CAP = 1 * MiB;
const SUSPICIOUS: ReadonlySet<string> = new Set([
  'cpu_limit',
  'wall_limit',
  'memory_limit',
  'output_limit',
  'sandbox_error',
  'signaled',
]);

function envList(language: LanguageId, extra: Record<string, string> | undefined): string[] {
  const env = { ...BASE_ENV, ...(findLanguagePack(language)?.env ?? {}), ...(extra ?? {}) };
  return Object.entries(env).map(([k, v]) => {
    if (k.includes('=') || k.includes('\0') || v.includes('\0')) {
      throw new SandboxException(SandboxExceptionCode.InvalidJob, `invalid environment variable ${JSON.stringify(k)}`);
    }
    return `${k}=${v}`;
  });
}

/** A step's argv with `{mem}` filled in: the program's share of the step's memory, the runtime's baseline excluded. */
export function stepArgv(language: LanguageId, argv: string[], limits: SandboxLimits): string[] {
  const baselineKb = findLanguagePack(language)?.memoryBaselineKb ?? 0;
  return expandArgv(argv, (limits.memoryKb - baselineKb) / 1024);
}

function sandboxError(error: string): SandboxProcessResult {
  return {
    termination: 'sandbox_error',
    exitCode: null,
    signal: null,
    cpuMs: 0,
    wallMs: 0,
    memoryKb: 0,
    stdout: Buffer.alloc(0),
    stderr: Buffer.alloc(0),
    error,
  };
}

class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  size = 0;
  constructor(private readonly cap: number) {}
  push(b: Buffer): void {
    if (this.size >= this.cap) return;
    const take = Math.min(b.length, this.cap - this.size);
    this.chunks.push(Buffer.from(b.subarray(0, take)));
    this.size += take;
  }
  take(): Buffer {
    return Buffer.concat(this.chunks, this.size);
  }
}

/**
 * Runs submissions in hardened containers (see docs/sandbox.md): a warm pool per language, a
 * container bound to one owner at first use and reused for that owner's next jobs until N runs,
 * idle expiry, or anything suspicious. Each job is one message to the in-container supervisor.
 */
export class DockerSandboxDriver implements SandboxDriver {
  readonly driverId = randomBytes(6).toString('hex');
  readonly stats: SandboxStats = {
    created: 0,
    destroyed: 0,
    warmHits: 0,
    reuseHits: 0,
    handovers: 0,
    coldStarts: 0,
    memoryUpdates: 0,
  };
  private readonly opts: Required<Omit<DockerSandboxOptions, 'images' | 'logger'>> &
    Pick<DockerSandboxOptions, 'images' | 'logger'>;
  private readonly warmPool = new Map<LanguageId, SandboxContainer[]>();
  private readonly starting = new Map<LanguageId, number>();
  /** Idle containers bound to an owner, least recently used first. */
  private boundIdle: SandboxContainer[] = [];
  private readonly live = new Set<SandboxContainer>();
  private readonly pooledLanguages = new Set<LanguageId>();
  /** Containers being started; close() waits for them so none outlives it. */
  private readonly creating = new Set<Promise<SandboxContainer>>();
  private readonly removing = new Set<Promise<void>>();
  /** Containers whose removal failed (the engine was down): removed again once it answers. */
  private readonly unremoved = new Set<SandboxContainer>();
  private closed = false;

  constructor(
    private readonly docker: Dockerode,
    options: DockerSandboxOptions,
  ) {
    this.opts = {
      maxContainerAgeMs: 30 * 60_000,
      maxBoundIdle: 8,
      shareAcrossOwners: true,
      workTmpfsBytes: 128 * MiB,
      tmpTmpfsBytes: 64 * MiB,
      memoryHeadroomBytes: 64 * MiB,
      pidsLimit: 256,
      nanoCpus: 1_000_000_000,
      nofile: 1024,
      watchdogGraceMs: 10_000,
      windowBytes: 8 * MiB,
      ...options,
    };
  }

  /** Warm containers ready per language (for the worker's metrics). */
  warmPoolSizes(): Record<string, number> {
    return Object.fromEntries([...this.warmPool].map(([language, list]) => [language, list.length]));
  }

  imageFor(language: LanguageId): string {
    if (!findLanguagePack(language))
      throw new SandboxException(SandboxExceptionCode.InvalidJob, `unknown language ${language}`);
    return this.opts.images?.[language] ?? `${runnerImage(language)}:latest`;
  }

  /**
   * Memory cgroup cap for a job: its largest step limit, both tmpfs twice (their files, and the
   * supervisor's snapshot of them that restores each test's clean state), and headroom.
   */
  memoryBytesFor(job: Pick<SandboxJob, 'compile' | 'tests'>): number {
    const stepKb = Math.max(job.compile?.limits.memoryKb ?? 0, ...job.tests.map((t) => t.limits.memoryKb), 0);
    return this.baseMemoryBytes(stepKb * 1024);
  }

  private baseMemoryBytes(stepBytes: number): number {
    const tmpfsBytes = this.opts.workTmpfsBytes + this.opts.tmpTmpfsBytes;
    return Math.ceil(stepBytes) + 2 * tmpfsBytes + this.opts.memoryHeadroomBytes;
  }

  private shape(language: LanguageId, ownerId?: string): ContainerShape {
    const runtime = languagePack(language);
    // Sized for the language's compile step and a generous run; larger jobs raise it (update).
    const stepBytes = Math.max(runtime.compileMemoryLimitKb * 1024, 512 * MiB);
    return {
      image: this.imageFor(language),
      language,
      memoryBytes: this.baseMemoryBytes(stepBytes),
      workTmpfsBytes: this.opts.workTmpfsBytes,
      tmpTmpfsBytes: this.opts.tmpTmpfsBytes,
      serverTmpfsBytes: runtime.sql?.server?.tmpfsBytes,
      pidsLimit: this.opts.pidsLimit,
      nanoCpus: this.opts.nanoCpus,
      nofile: this.opts.nofile,
      fsizeBytes: this.opts.workTmpfsBytes,
      driverId: this.driverId,
      ownerId,
      createdAt: Date.now(),
    };
  }

  async warm(languages: LanguageId[]): Promise<void> {
    for (const l of languages) this.pooledLanguages.add(l);
    await Promise.all(languages.map((l) => this.refill(l)));
  }

  execute(job: SandboxJob): SandboxExecution {
    let run: JobRun | undefined;
    let abortRequested = false;
    const channel = new EventChannel<SandboxEvent>(() => execution.abort());
    const execution: SandboxExecution = {
      abort: () => {
        abortRequested = true;
        run?.abort();
      },
      [Symbol.asyncIterator]: () => channel[Symbol.asyncIterator](),
    };
    void (async () => {
      let wire: { job: WireJob; tests: ReturnType<typeof encodeTest>[] };
      try {
        wire = this.encode(job);
      } catch (err) {
        channel.end(err);
        return;
      }
      let container: SandboxContainer;
      try {
        container = await this.acquire(job.language, job.ownerId);
        await this.ensureMemory(container, this.memoryBytesFor(job));
      } catch (err) {
        // Infrastructure, not the candidate: report it on the first process, then stop.
        const result = sandboxError(`sandbox unavailable: ${(err as Error).message}`);
        if (job.compile) channel.push({ type: 'compiled', result });
        else if (job.tests[0]) channel.push({ type: 'test', id: job.tests[0].id, result });
        channel.end();
        return;
      }
      run = new JobRun(container, job, wire.job, wire.tests, channel, this.opts, (suspicious) =>
        this.release(container, suspicious),
      );
      run.start();
      if (abortRequested) run.abort();
    })();
    return execution;
  }

  private encode(job: SandboxJob): { job: WireJob; tests: Buffer[] } {
    if (job.run.argv.length === 0) throw new SandboxException(SandboxExceptionCode.InvalidJob, 'empty run argv');
    for (const f of [...job.files, ...job.tests.flatMap((t) => t.files ?? [])]) {
      if (!isSafeRelativePath(f.path)) {
        throw new SandboxException(SandboxExceptionCode.InvalidJob, `unsafe file path ${JSON.stringify(f.path)}`);
      }
    }
    const runEnv = envList(job.language, job.run.env);
    const wireJob: WireJob = {
      files: job.files,
      compile: job.compile && {
        argv: stepArgv(job.language, job.compile.argv, job.compile.limits),
        env: envList(job.language, job.compile.env),
        limits: job.compile.limits,
      },
      run: { argv: job.run.argv, env: runEnv },
      testCount: job.tests.length,
      keepServer: languagePack(job.language).sql?.server !== undefined,
    };
    const tests = job.tests.map((t, index) => {
      const argv = t.argv ?? job.run.argv;
      const needsOwnArgv = t.argv !== undefined || hasPlaceholder(argv);
      return encodeTest({
        index,
        limits: t.limits,
        argv: needsOwnArgv ? stepArgv(job.language, argv, t.limits) : undefined,
        stdin: t.stdin,
        files: t.files,
        collectFiles: t.collectFiles,
      });
    });
    return { job: wireJob, tests };
  }

  private async ensureMemory(container: SandboxContainer, bytes: number): Promise<void> {
    if (bytes <= container.memoryBytes) return;
    this.stats.memoryUpdates++;
    await container.ensureMemory(bytes);
  }

  /**
   * The owner's idle container, else a warm one (bound now), else — when sharing — the least
   * recently used idle container of the language, else a fresh one.
   */
  private async acquire(language: LanguageId, ownerId: string): Promise<SandboxContainer> {
    if (this.closed) throw new SandboxException(SandboxExceptionCode.Closed, 'sandbox driver closed');
    this.pooledLanguages.add(language);
    const now = Date.now();
    const mine = this.boundIdle.findIndex(
      (c) => c.ownerId === ownerId && c.language === language && !c.gone && this.young(c, now),
    );
    if (mine >= 0) {
      const [c] = this.boundIdle.splice(mine, 1);
      this.stats.reuseHits++;
      return this.claim(c, ownerId);
    }
    const pool = this.warmPool.get(language) ?? [];
    while (pool.length > 0) {
      const c = pool.shift() as SandboxContainer;
      if (c.gone || !this.young(c, now)) {
        void this.discard(c);
        continue;
      }
      this.stats.warmHits++;
      void this.refill(language);
      return this.claim(c, ownerId);
    }
    const other = this.opts.shareAcrossOwners
      ? this.boundIdle.findIndex((c) => c.language === language && !c.gone && this.young(c, now))
      : -1;
    if (other >= 0) {
      const [c] = this.boundIdle.splice(other, 1);
      this.stats.handovers++;
      void this.refill(language);
      return this.claim(c, ownerId);
    }
    this.stats.coldStarts++;
    void this.refill(language);
    const c = await this.create(language, ownerId);
    return this.claim(c, ownerId);
  }

  private young(c: SandboxContainer, now: number): boolean {
    return now - c.createdAt < this.opts.maxContainerAgeMs;
  }

  private claim(c: SandboxContainer, ownerId: string): SandboxContainer {
    if (c.idleTimer) clearTimeout(c.idleTimer);
    c.idleTimer = undefined;
    c.ownerId = ownerId;
    c.busy = true;
    return c;
  }

  private release(c: SandboxContainer, suspicious: boolean): void {
    c.busy = false;
    c.runs++;
    c.lastUsedAt = Date.now();
    if (this.closed || suspicious || c.gone || c.runs >= this.opts.reuseRuns || !this.young(c, Date.now())) {
      void this.retire(c);
      return;
    }
    this.boundIdle.push(c);
    c.idleTimer = setTimeout(() => {
      this.boundIdle = this.boundIdle.filter((x) => x !== c);
      void this.retire(c);
    }, this.opts.idleMs);
    c.idleTimer.unref();
    while (this.boundIdle.length > this.opts.maxBoundIdle) {
      void this.retire(this.boundIdle.shift() as SandboxContainer);
    }
  }

  private async create(language: LanguageId, ownerId?: string): Promise<SandboxContainer> {
    const starting = SandboxContainer.start(this.docker, this.shape(language, ownerId));
    this.creating.add(starting);
    let c: SandboxContainer;
    try {
      c = await starting;
    } finally {
      this.creating.delete(starting);
    }
    this.stats.created++;
    this.live.add(c);
    // The engine answers again: what it could not remove while it was down goes now.
    this.retryUnremoved();
    if (this.closed) {
      await this.discard(c);
      throw new SandboxException(SandboxExceptionCode.Closed, 'sandbox driver closed');
    }
    return c;
  }

  /** Discards a container that served jobs; shared idle containers count as the pool, so it refills. */
  private async retire(c: SandboxContainer): Promise<void> {
    await this.discard(c);
    if (this.opts.shareAcrossOwners) await this.refill(c.language);
  }

  private discard(c: SandboxContainer): Promise<void> {
    if (!this.live.delete(c)) return Promise.resolve();
    this.stats.destroyed++;
    return this.remove(c);
  }

  private remove(c: SandboxContainer): Promise<void> {
    const removal = c.destroy().then(
      () => void this.unremoved.delete(c),
      (err: Error) => {
        // Tried again after the next container start and at close; the janitor is the last resort.
        this.unremoved.add(c);
        this.opts.logger?.warn(`sandbox ${c.id.slice(0, 12)} removal failed: ${err.message}`);
      },
    );
    this.removing.add(removal);
    void removal.finally(() => this.removing.delete(removal));
    return removal;
  }

  private retryUnremoved(): void {
    for (const c of this.unremoved) {
      this.unremoved.delete(c);
      void this.remove(c);
    }
  }

  /**
   * Tops the warm pool up to its size in the background (one start at a time per language). When
   * containers are shared across owners, idle owner-bound ones count: any owner may take them.
   */
  private async refill(language: LanguageId): Promise<void> {
    if (this.closed || (this.starting.get(language) ?? 0) > 0) return;
    const pool = this.warmPool.get(language) ?? [];
    this.warmPool.set(language, pool);
    this.starting.set(language, 1);
    try {
      while (!this.closed && pool.filter((c) => !c.gone).length + this.idleFor(language) < this.opts.poolSize) {
        const c = await this.create(language);
        pool.push(c);
        c.idleTimer = setTimeout(() => {
          const i = pool.indexOf(c);
          if (i >= 0) pool.splice(i, 1);
          void this.discard(c).then(() => this.refill(language));
        }, this.opts.idleMs);
        c.idleTimer.unref();
      }
    } catch (err) {
      this.opts.logger?.warn(`sandbox pool ${language}: ${(err as Error).message}`);
    } finally {
      this.starting.set(language, 0);
    }
  }

  /** Idle owner-bound containers of a language that another owner may take. */
  private idleFor(language: LanguageId): number {
    if (!this.opts.shareAcrossOwners) return 0;
    const now = Date.now();
    return this.boundIdle.filter((c) => c.language === language && !c.gone && this.young(c, now)).length;
  }

  /** Container starts and removals in flight (for benchmarks: background work still running). */
  get enginePending(): number {
    return this.creating.size + this.removing.size;
  }

  /** Containers this driver holds right now (for tests and health). */
  get containerIds(): string[] {
    return [...this.live].map((c) => c.id);
  }

  /** Warm (unbound) containers ready per language. */
  warmCount(language: LanguageId): number {
    return (this.warmPool.get(language) ?? []).filter((c) => !c.gone).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    // Starts in flight see `closed` and discard their container themselves.
    await Promise.allSettled([...this.creating]);
    const all = [...this.live];
    this.warmPool.clear();
    this.boundIdle = [];
    await Promise.allSettled(all.map((c) => this.discard(c)));
    await Promise.allSettled([...this.removing]);
    this.retryUnremoved();
    await Promise.allSettled([...this.removing]);
  }
}

type Opts = Required<Omit<DockerSandboxOptions, 'images' | 'logger'>>;

/** One job on one container: sends the job and a window of tests, turns frames into events. */
class JobRun {
  private nextToSend = 0;
  private bytesInFlight = 0;
  private readonly sentBytes: number[] = [];
  private endSent = false;
  private finished = false;
  private suspicious = false;
  private compileFailed = false;
  /** Index of the process whose result comes next: -1 compile, else test index. */
  private current: number;
  private stdout: CappedBuffer;
  private stderr = new CappedBuffer(STDERR_CAP);
  private result = new CappedBuffer(RESULT_CAP);
  private files: Record<string, Buffer> = {};
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    private readonly container: SandboxContainer,
    private readonly job: SandboxJob,
    private readonly wireJob: WireJob,
    private readonly tests: Buffer[],
    private readonly channel: EventChannel<SandboxEvent>,
    private readonly opts: Opts,
    private readonly onRelease: (suspicious: boolean) => void,
  ) {
    this.current = job.compile ? -1 : 0;
    this.stdout = new CappedBuffer(this.currentLimits()?.outputBytes ?? 0);
  }

  start(): void {
    this.container.setListener({
      onFrame: (f) => this.onFrame(f),
      onGone: (reason) => this.fail(`sandbox lost: ${reason}`),
    });
    this.container.send(encodeJob(this.wireJob));
    this.sendMore();
    this.armWatchdog();
  }

  abort(): void {
    if (this.finished) return;
    this.container.send(encodeControl(HostFrame.Abort));
    this.sendEnd();
  }

  private currentLimits(): SandboxLimits | undefined {
    return this.current < 0 ? this.job.compile?.limits : this.job.tests[this.current]?.limits;
  }

  private sendMore(): void {
    if (this.endSent) return;
    while (this.nextToSend < this.tests.length) {
      const frame = this.tests[this.nextToSend];
      const inFlight = this.nextToSend - Math.max(this.current, 0);
      if (inFlight > 0 && this.bytesInFlight + frame.length > this.opts.windowBytes) return;
      this.container.send(frame);
      this.bytesInFlight += frame.length;
      this.sentBytes[this.nextToSend] = frame.length;
      this.nextToSend++;
    }
    this.sendEnd();
  }

  private sendEnd(): void {
    if (this.endSent) return;
    this.endSent = true;
    this.container.send(encodeControl(HostFrame.End));
  }

  private armWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    const limits = this.currentLimits();
    const ms = (limits?.wallMs ?? 0) * WALL_HARD_STOP_FACTOR + this.opts.watchdogGraceMs;
    this.watchdog = setTimeout(() => this.fail('supervisor did not answer in time'), ms);
  }

  private onFrame(f: Frame): void {
    switch (f.type) {
      case SupervisorFrame.Stdout:
        this.stdout.push(f.payload);
        return;
      case SupervisorFrame.Stderr:
        this.stderr.push(f.payload);
        return;
      case SupervisorFrame.Result:
        this.result.push(f.payload);
        return;
      case SupervisorFrame.Collected: {
        const index = f.payload.readUInt32BE(0);
        const path = this.job.tests[this.current]?.collectFiles?.[index];
        if (path !== undefined) this.files[path] = Buffer.from(f.payload.subarray(4, 4 + COLLECT_CAP));
        return;
      }
      case SupervisorFrame.Exit:
        this.onExit(JSON.parse(f.payload.toString('utf8')) as SupervisorExit);
        return;
      case SupervisorFrame.Done:
        this.onDone(JSON.parse(f.payload.toString('utf8')) as SupervisorDone);
        return;
      default:
        return;
    }
  }

  private onExit(x: SupervisorExit): void {
    const result: SandboxProcessResult = {
      termination: x.termination,
      exitCode: x.exitCode,
      signal: x.signal,
      cpuMs: Math.round(x.cpuUs / 100) / 10,
      wallMs: Math.round(x.wallUs / 100) / 10,
      memoryKb: x.memoryKb,
      ...(x.cpuWaitUs ? { cpuWaitMs: Math.round(x.cpuWaitUs / 100) / 10 } : {}),
      ...(x.restoreUs ? { restoreMs: Math.round(x.restoreUs / 10) / 100 } : {}),
      ...(x.restoreCpuUs ? { restoreCpuMs: Math.round(x.restoreCpuUs / 10) / 100 } : {}),
      stdout: this.stdout.take(),
      stderr: this.stderr.take(),
    };
    if (this.result.size > 0) result.result = this.result.take();
    if (Object.keys(this.files).length > 0) result.files = this.files;
    if (x.error) result.error = x.error;
    if (SUSPICIOUS.has(x.termination) || x.leftover > 0) this.suspicious = true;

    if (x.kind === 'compile') {
      this.channel.push({ type: 'compiled', result });
      if (x.termination !== 'exited' || x.exitCode !== 0) {
        this.compileFailed = true;
        this.sendEnd();
      }
      this.current = 0;
    } else {
      const test = this.job.tests[x.index];
      // Nothing runs after a failed compile step (the supervisor skips tests too).
      if (test && !this.compileFailed) this.channel.push({ type: 'test', id: test.id, result });
      this.bytesInFlight -= this.sentBytes[x.index] ?? 0;
      this.current = x.index + 1;
      this.sendMore();
    }
    this.stdout = new CappedBuffer(this.currentLimits()?.outputBytes ?? 0);
    this.stderr = new CappedBuffer(STDERR_CAP);
    this.result = new CappedBuffer(RESULT_CAP);
    this.files = {};
    this.armWatchdog();
  }

  private onDone(d: SupervisorDone): void {
    if (this.finished) return;
    this.finished = true;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.container.setListener(undefined);
    this.channel.end();
    this.onRelease(this.suspicious || d.recycle);
  }

  /** The supervisor vanished or stalled: ours, reported on the process in flight. */
  private fail(reason: string): void {
    if (this.finished) return;
    this.finished = true;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.container.setListener(undefined);
    const result = sandboxError(reason);
    if (this.current < 0) this.channel.push({ type: 'compiled', result });
    else if (!this.compileFailed && this.job.tests[this.current] && !this.abortedBeforeCurrent()) {
      this.channel.push({ type: 'test', id: this.job.tests[this.current].id, result });
    }
    this.channel.end();
    this.onRelease(true);
  }

  private abortedBeforeCurrent(): boolean {
    return this.endSent && this.current >= this.nextToSend;
  }
}
