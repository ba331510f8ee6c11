import type { LanguageId } from '@tryout/contracts';

/**
 * The contract between the judge (libs/judge) and a sandbox driver. The judge decides verdicts;
 * the driver only runs processes and reports facts (limits hit, exit, signal, measurements).
 */
export interface SandboxFile {
  /** Relative path inside the submission's work dir; no `..`, no absolute paths. */
  path: string;
  content: string | Buffer;
  /** Unix mode, default 0o644 (0o755 for executables). */
  mode?: number;
}

export interface SandboxLimits {
  cpuMs: number;
  /** Wall time, not counting the main process's wait for a CPU; never more than 4× this elapsed. */
  wallMs: number;
  memoryKb: number;
  /** Cap on captured stdout; exceeding it is output_limit_exceeded. */
  outputBytes: number;
}

export interface SandboxStep {
  argv: string[];
  env?: Record<string, string>;
  limits: SandboxLimits;
}

export interface SandboxTest {
  id: string;
  stdin: string | Buffer;
  limits: SandboxLimits;
  /** Run-specific argv; defaults to the job's `run.argv`. */
  argv?: string[];
  /** Extra files written into the work dir before this test (e.g. a validator's input/answer). */
  files?: SandboxFile[];
  /**
   * Files (relative to the work dir) whose contents come back after the test, e.g. a Kattis
   * validator's feedback_dir/judgemessage.txt. Regular files only (never followed symlinks), capped.
   */
  collectFiles?: string[];
}

export interface SandboxJob {
  language: LanguageId;
  /** Whose code this is: a container is only ever reused for the same owner. */
  ownerId: string;
  files: SandboxFile[];
  compile?: SandboxStep;
  run: Omit<SandboxStep, 'limits'>;
  tests: SandboxTest[];
}

/** Why a process ended, as measured. No verdict here: that is the judge's decision. */
export type SandboxTermination =
  | 'exited' // normal exit, see exitCode
  | 'signaled' // killed by a signal not ours, see signal
  | 'cpu_limit' // our kill: CPU time
  | 'wall_limit' // our kill: wall time
  | 'memory_limit' // OOM or our memory kill
  | 'output_limit' // our kill: stdout cap
  | 'sandbox_error'; // the sandbox itself failed (internal_error)

export interface SandboxProcessResult {
  termination: SandboxTermination;
  exitCode: number | null;
  signal: string | null;
  cpuMs: number;
  /** Elapsed. The wall limit is applied to it less `cpuWaitMs`, with a hard stop at 4× the limit. */
  wallMs: number;
  /**
   * Time the main process was runnable but waited for a CPU (host load, from the kernel's
   * schedstat): not the program's doing, so not charged against wall limits.
   */
  cpuWaitMs?: number;
  /** Time the supervisor spent before this test restoring /work and /tmp (not charged to limits). */
  restoreMs?: number;
  /** The supervisor's CPU time for that restore: its cost on a quiet host. */
  restoreCpuMs?: number;
  /** Peak of the process tree's RSS plus what it added to the work dir and /tmp (tmpfs is RAM). */
  memoryKb: number;
  stdout: Buffer;
  /** Capped (64 KiB). */
  stderr: Buffer;
  /** Contents of the result channel (fd 3), used by function harnesses; capped. */
  result?: Buffer;
  /** Collected files by relative path (see SandboxTest.collectFiles); missing ones are absent. */
  files?: Record<string, Buffer>;
  /** Human-readable detail for sandbox_error. */
  error?: string;
}

export type SandboxEvent =
  { type: 'compiled'; result: SandboxProcessResult } | { type: 'test'; id: string; result: SandboxProcessResult };

export interface SandboxExecution extends AsyncIterable<SandboxEvent> {
  /** Stop after the current test (e.g. submit mode's first failure). Idempotent. */
  abort(): void;
}

export interface SandboxDriver {
  /** Runs a whole job in one container: compile once, then each test as a fresh process tree. */
  execute(job: SandboxJob): SandboxExecution;
  /** Pre-warm pools; called at worker start. */
  warm?(languages: LanguageId[]): Promise<void>;
  close(): Promise<void>;
}
