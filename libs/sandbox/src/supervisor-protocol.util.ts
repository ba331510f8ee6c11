import type { SandboxFile, SandboxLimits, SandboxTermination } from './sandbox.types';

/**
 * The wire protocol of docker/supervisor/supervisor.c. Frames both ways are
 * `[u8 type][u32 BE length][payload]`; payloads the supervisor parses are binary (trivial in C),
 * payloads it emits are JSON headers or raw bytes. Keep in sync with supervisor.c's header comment.
 */
export const HostFrame = { Job: 'J', Test: 'T', Abort: 'A', End: 'Z' } as const;
export const SupervisorFrame = {
  Ready: 'R',
  Stdout: 'O',
  Stderr: 'E',
  Result: 'F',
  Collected: 'C',
  Exit: 'X',
  Done: 'D',
  Log: 'L',
} as const;

/**
 * The supervisor charges wall time less the main process's wait for a CPU, but never lets a
 * process run longer than the wall limit × this (WALL_HARD_STOP in supervisor.c).
 */
export const WALL_HARD_STOP_FACTOR = 4;

/** Refuses paths the supervisor would refuse too: relative, no `.`/`..`/empty components. */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 1024 || path.startsWith('/') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

class Writer {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  u8(v: number): this {
    return this.push(Buffer.from([v & 0xff]));
  }

  u32(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`not a u32: ${v}`);
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v);
    return this.push(b);
  }

  blob(v: string | Buffer): this {
    const b = typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
    this.u32(b.length);
    return this.push(b);
  }

  str(v: string): this {
    if (v.includes('\0')) throw new RangeError('NUL in string');
    return this.blob(v);
  }

  strs(v: string[]): this {
    this.u32(v.length);
    for (const s of v) this.str(s);
    return this;
  }

  limits(l: SandboxLimits): this {
    const clamp = (n: number) => Math.min(0xffffffff, Math.max(0, Math.ceil(n)));
    return this.u32(clamp(l.cpuMs)).u32(clamp(l.wallMs)).u32(clamp(l.memoryKb)).u32(clamp(l.outputBytes));
  }

  files(files: SandboxFile[]): this {
    this.u32(files.length);
    for (const f of files) {
      if (!isSafeRelativePath(f.path)) throw new RangeError(`unsafe file path: ${JSON.stringify(f.path)}`);
      this.str(f.path)
        .u32(f.mode ?? 0o644)
        .blob(f.content);
    }
    return this;
  }

  frame(type: string): Buffer {
    const payload = Buffer.concat(this.chunks, this.size);
    const head = Buffer.alloc(5);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(payload.length, 1);
    return Buffer.concat([head, payload]);
  }

  private push(b: Buffer): this {
    this.chunks.push(b);
    this.size += b.length;
    return this;
  }
}

export interface WireCommand {
  argv: string[];
  /** Complete environment as `K=V` (the supervisor adds nothing). */
  env: string[];
}

export interface WireJob {
  files: SandboxFile[];
  compile?: WireCommand & { limits: SandboxLimits };
  run: WireCommand;
  testCount: number;
  /**
   * The processes a successful compile step leaves running are the job's server (a SQL dialect's):
   * spared between tests, stopped at the end of the job. Needs the server tmpfs (/srv).
   */
  keepServer?: boolean;
}

export interface WireTest {
  index: number;
  limits: SandboxLimits;
  argv?: string[];
  stdin: string | Buffer;
  files?: SandboxFile[];
  collectFiles?: string[];
}

export function encodeJob(job: WireJob): Buffer {
  const w = new Writer().files(job.files);
  if (job.compile) {
    w.u8(1).strs(job.compile.argv).strs(job.compile.env).limits(job.compile.limits);
  } else {
    w.u8(0);
  }
  return w
    .strs(job.run.argv)
    .strs(job.run.env)
    .u32(job.testCount)
    .u8(job.keepServer ? 1 : 0)
    .frame(HostFrame.Job);
}

export function encodeTest(test: WireTest): Buffer {
  const w = new Writer().u32(test.index).limits(test.limits);
  if (test.argv) w.u8(1).strs(test.argv);
  else w.u8(0);
  w.blob(test.stdin).files(test.files ?? []);
  for (const p of test.collectFiles ?? []) {
    if (!isSafeRelativePath(p)) throw new RangeError(`unsafe collect path: ${JSON.stringify(p)}`);
  }
  return w.strs(test.collectFiles ?? []).frame(HostFrame.Test);
}

export function encodeControl(type: typeof HostFrame.Abort | typeof HostFrame.End): Buffer {
  return new Writer().frame(type);
}

/** An 'X' frame: one process's measured end. Times in microseconds. */
export interface SupervisorExit {
  kind: 'compile' | 'test';
  index: number;
  termination: SandboxTermination;
  exitCode: number | null;
  signal: string | null;
  cpuUs: number;
  wallUs: number;
  memoryKb: number;
  stdoutBytes: number;
  stderrBytes: number;
  resultBytes: number;
  /** Processes still alive when the main one exited (killed since). */
  leftover: number;
  oom: boolean;
  error: string;
  /** Main process's wait for a CPU; absent from supervisors before it was added. */
  cpuWaitUs?: number;
  /** Time spent restoring /work and /tmp to their post-compile state before this test. */
  restoreUs?: number;
  /** The supervisor's CPU time for that restore. */
  restoreCpuUs?: number;
}

export interface SupervisorDone {
  tests: number;
  aborted: boolean;
  /**
   * Do not reuse: the supervisor could not restore a clean state, saw IPC leftovers or an OOM
   * kill, or the job changed what the supervisor's next children inherit (tampered).
   */
  recycle: boolean;
  ipcObjects: number;
  /** The job lowered the supervisor's rlimits or its scheduling or I/O priority. */
  tampered?: boolean;
}

export interface Frame {
  type: string;
  payload: Buffer;
}

/** Incremental decoder of `[u8 type][u32 BE length][payload]` frames with a per-frame cap. */
export class FrameDecoder {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly maxFrameBytes = 64 * 1024 * 1024) {}

  push(chunk: Buffer): Frame[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const frames: Frame[] = [];
    let off = 0;
    while (this.buffer.length - off >= 5) {
      const len = this.buffer.readUInt32BE(off + 1);
      if (len > this.maxFrameBytes) throw new RangeError(`supervisor frame too large: ${len}`);
      if (this.buffer.length - off - 5 < len) break;
      frames.push({
        type: String.fromCharCode(this.buffer[off]),
        payload: this.buffer.subarray(off + 5, off + 5 + len),
      });
      off += 5 + len;
    }
    this.buffer = off === 0 ? this.buffer : Buffer.from(this.buffer.subarray(off));
    return frames;
  }

  get pendingBytes(): number {
    return this.buffer.length;
  }
}

/**
 * Splits Docker's attach multiplexing (`[stream u8][0 0 0][u32 BE size]` + data, used when the
 * container has no TTY) into stdout and stderr chunks, counting bytes itself: dockerode's
 * demuxStream has no size cap.
 */
export class DockerStreamDemuxer {
  private buffer: Buffer = Buffer.alloc(0);
  stderrBytes = 0;

  constructor(
    private readonly onStdout: (chunk: Buffer) => void,
    private readonly onStderr: (chunk: Buffer) => void,
    private readonly maxStderrBytes = 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    let off = 0;
    while (this.buffer.length - off >= 8) {
      const stream = this.buffer[off];
      const size = this.buffer.readUInt32BE(off + 4);
      if (this.buffer.length - off - 8 < size) break;
      const data = this.buffer.subarray(off + 8, off + 8 + size);
      if (stream === 2) {
        if (this.stderrBytes < this.maxStderrBytes) this.onStderr(data);
        this.stderrBytes += size;
      } else {
        this.onStdout(data);
      }
      off += 8 + size;
    }
    this.buffer = off === 0 ? this.buffer : Buffer.from(this.buffer.subarray(off));
  }
}
