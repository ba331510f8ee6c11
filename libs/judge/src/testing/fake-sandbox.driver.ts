import type {
  SandboxDriver,
  SandboxEvent,
  SandboxExecution,
  SandboxJob,
  SandboxProcessResult,
  SandboxTest,
} from '@tryout/sandbox';

/** A process result that exited 0 with `stdout`. */
export function okResult(
  stdout: string | Buffer = '',
  extra: Partial<SandboxProcessResult> = {},
): SandboxProcessResult {
  return {
    termination: 'exited',
    exitCode: 0,
    signal: null,
    cpuMs: 5,
    wallMs: 6,
    memoryKb: 1000,
    stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout),
    stderr: Buffer.alloc(0),
    ...extra,
  };
}

export interface FakeBehaviour {
  compile?: (job: SandboxJob) => SandboxProcessResult;
  test: (test: SandboxTest, job: SandboxJob) => SandboxProcessResult;
}

/**
 * An in-memory SandboxDriver for unit tests of judging logic (never of sandboxing): runs nothing,
 * answers each test with `behaviour.test`, honours abort() after the current test.
 */
export class FakeSandboxDriver implements SandboxDriver {
  readonly jobs: SandboxJob[] = [];
  /** Test ids actually "run", per job. */
  readonly ran: string[][] = [];

  constructor(private readonly behaviours: FakeBehaviour[] | ((job: SandboxJob) => FakeBehaviour)) {}

  execute(job: SandboxJob): SandboxExecution {
    const behaviour = typeof this.behaviours === 'function' ? this.behaviours(job) : this.behaviours[this.jobs.length];
    if (!behaviour) throw new Error(`no fake behaviour for job ${this.jobs.length}`);
    this.jobs.push(job);
    const ran: string[] = [];
    this.ran.push(ran);
    let aborted = false;
    async function* events(): AsyncGenerator<SandboxEvent> {
      await Promise.resolve();
      if (job.compile) {
        const result = behaviour.compile?.(job) ?? okResult();
        yield { type: 'compiled', result };
        if (result.termination !== 'exited' || result.exitCode !== 0) return;
      }
      for (const test of job.tests) {
        if (aborted) return;
        ran.push(test.id);
        yield { type: 'test', id: test.id, result: behaviour.test(test, job) };
      }
    }
    const iterable = events();
    return {
      abort: () => {
        aborted = true;
      },
      [Symbol.asyncIterator]: () => iterable,
    };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
