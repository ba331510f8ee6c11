import { languagePack } from '@tryout/languages';
import Dockerode from 'dockerode';
import type { LanguageId } from '@tryout/contracts';
import { DRIVER_LABEL, SANDBOX_LABEL } from '../container-spec.util';
import type { SandboxDriver, SandboxEvent, SandboxJob, SandboxLimits, SandboxProcessResult } from '../sandbox.types';

/** Generous wall time: these tests check behaviour, and the host may be busy with other suites. */
export const testLimits: SandboxLimits = {
  cpuMs: 2000,
  wallMs: 30_000,
  memoryKb: 256 * 1024,
  outputBytes: 1024 * 1024,
};

/** A job for `language` from its runtime (argv, compile step) with the given source and tests. */
export function languageJob(
  language: LanguageId,
  ownerId: string,
  source: string,
  tests: { id: string; stdin: string; limits?: Partial<SandboxLimits> }[],
): SandboxJob {
  const rt = languagePack(language);
  return {
    language,
    ownerId,
    files: [{ path: rt.sourceFile, content: source }],
    compile: rt.compile && {
      argv: rt.compile,
      limits: {
        cpuMs: rt.compileTimeLimitMs,
        wallMs: rt.compileTimeLimitMs * 2,
        memoryKb: rt.compileMemoryLimitKb,
        outputBytes: 1 << 20,
      },
    },
    run: { argv: rt.run },
    tests: tests.map((t) => ({
      id: t.id,
      stdin: t.stdin,
      limits: { ...testLimits, memoryKb: testLimits.memoryKb + rt.memoryBaselineKb, ...t.limits },
    })),
  };
}

export interface Collected {
  compiled?: SandboxProcessResult;
  tests: { id: string; result: SandboxProcessResult }[];
}

export async function collect(
  driver: SandboxDriver,
  job: SandboxJob,
  onEvent?: (e: SandboxEvent, abort: () => void) => void,
): Promise<Collected> {
  const out: Collected = { tests: [] };
  const execution = driver.execute(job);
  for await (const event of execution) {
    if (event.type === 'compiled') out.compiled = event.result;
    else out.tests.push({ id: event.id, result: event.result });
    onEvent?.(event, () => execution.abort());
  }
  return out;
}

/** Sandbox containers of one driver (or of all drivers), any state. */
export async function sandboxContainers(docker: Dockerode, driverId?: string): Promise<Dockerode.ContainerInfo[]> {
  const label = [`${SANDBOX_LABEL}=1`];
  if (driverId) label.push(`${DRIVER_LABEL}=${driverId}`);
  return docker.listContainers({ all: true, filters: { label } });
}
