import type Dockerode from 'dockerode';
import type { Duplex } from 'node:stream';
import type { LanguageId } from '@tryout/contracts';
import { ContainerShape, sandboxContainerOptions } from './container-spec.util';
import { SandboxException, SandboxExceptionCode } from './sandbox.exception';
import { DockerStreamDemuxer, Frame, FrameDecoder, SupervisorFrame } from './supervisor-protocol.util';

export interface FrameListener {
  onFrame(frame: Frame): void;
  /** The container or its supervisor went away. */
  onGone(reason: string): void;
}

/**
 * One running sandbox container: its supervisor's stdin/stdout over a hijacked attach made
 * before start (LogConfig none keeps no copy of the output anywhere).
 */
export class SandboxContainer {
  /** Bound at first use; never serves another owner afterwards. */
  ownerId: string | undefined;
  runs = 0;
  busy = false;
  gone = false;
  lastUsedAt = Date.now();
  idleTimer: NodeJS.Timeout | undefined;
  private listener: FrameListener | undefined;
  private removal: Promise<void> | undefined;

  private constructor(
    readonly container: Dockerode.Container,
    readonly language: LanguageId,
    readonly createdAt: number,
    public memoryBytes: number,
    private readonly stream: Duplex,
  ) {}

  get id(): string {
    return this.container.id;
  }

  /** Creates, attaches, starts and waits for the supervisor's ready frame. */
  static async start(docker: Dockerode, shape: ContainerShape, readyTimeoutMs = 30_000): Promise<SandboxContainer> {
    const container = await docker.createContainer(sandboxContainerOptions(shape));
    let stream: Duplex;
    try {
      stream = (await container.attach({
        stream: true,
        stdin: true,
        stdout: true,
        stderr: true,
        hijack: true,
      })) as unknown as Duplex;
    } catch (err) {
      await container.remove({ force: true }).catch(() => undefined);
      throw err;
    }
    const self = new SandboxContainer(container, shape.language, shape.createdAt, shape.memoryBytes, stream);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('supervisor not ready in time')), readyTimeoutMs);
      self.listener = {
        onFrame: (frame) => {
          if (frame.type === SupervisorFrame.Ready) {
            clearTimeout(timer);
            self.listener = undefined;
            resolve();
          }
        },
        onGone: (reason) => {
          clearTimeout(timer);
          reject(new Error(`supervisor exited before ready: ${reason}`));
        },
      };
    });
    self.wire();
    try {
      await container.start();
      await ready;
    } catch (err) {
      await self.destroy();
      throw new SandboxException(SandboxExceptionCode.Unavailable, `sandbox start failed: ${(err as Error).message}`);
    }
    return self;
  }

  private wire(): void {
    const decoder = new FrameDecoder();
    const supervisorLog: string[] = [];
    const demux = new DockerStreamDemuxer(
      (chunk) => {
        let frames: Frame[];
        try {
          frames = decoder.push(chunk);
        } catch (err) {
          this.markGone(`protocol error: ${(err as Error).message}`);
          return;
        }
        for (const frame of frames) {
          if (frame.type === SupervisorFrame.Log) {
            if (supervisorLog.length < 20) supervisorLog.push(frame.payload.toString('utf8'));
            continue;
          }
          this.listener?.onFrame(frame);
        }
      },
      // The supervisor writes nothing to stderr; keep a little for diagnostics.
      (chunk) => {
        if (supervisorLog.length < 20) supervisorLog.push(chunk.toString('utf8', 0, 512));
      },
    );
    this.stream.on('data', (chunk: Buffer) => demux.push(chunk));
    const end = (why: string) => this.markGone(supervisorLog.length ? `${why}: ${supervisorLog.join(' | ')}` : why);
    this.stream.on('end', () => end('supervisor stream ended'));
    this.stream.on('close', () => end('supervisor stream closed'));
    this.stream.on('error', (err) => end(`supervisor stream error: ${err.message}`));
  }

  private markGone(reason: string): void {
    if (this.gone) return;
    this.gone = true;
    const listener = this.listener;
    this.listener = undefined;
    listener?.onGone(reason);
  }

  setListener(listener: FrameListener | undefined): void {
    this.listener = listener;
  }

  send(data: Buffer): void {
    if (this.gone) return;
    this.stream.write(data);
  }

  /** Raises the memory cgroup cap when a job needs more than the container has. */
  async ensureMemory(bytes: number): Promise<void> {
    if (bytes <= this.memoryBytes) return;
    await this.container.update({ Memory: bytes, MemorySwap: bytes });
    this.memoryBytes = bytes;
  }

  private async removeWithRetry(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.container.remove({ force: true });
        return;
      } catch (err) {
        const code = (err as { statusCode?: number }).statusCode;
        if (code === 404) return;
        if (code !== 409 || attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
      }
    }
  }

  /**
   * Force-removes the container (idempotent; a missing container is fine). A removal that failed
   * (the engine unreachable) is attempted again by the next call.
   */
  destroy(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!this.removal) {
      this.markGone('destroyed');
      // Remove first, then drop the attach: closing stdin first makes the supervisor exit on its
      // own, and a removal racing that exit can fail with 409 and leave an exited container.
      const removal = this.removeWithRetry().finally(() => this.stream.destroy());
      this.removal = removal;
      removal.catch(() => {
        if (this.removal === removal) this.removal = undefined;
      });
    }
    return this.removal;
  }
}
