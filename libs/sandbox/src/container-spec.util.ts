import type { ContainerCreateOptions } from 'dockerode';
import type { LanguageId } from '@tryout/contracts';

/** Labels on every sandbox container; the janitor finds leftovers by `tryout.sandbox=1`. */
export const SANDBOX_LABEL = 'tryout.sandbox';
export const LANGUAGE_LABEL = 'tryout.language';
export const OWNER_LABEL = 'tryout.owner';
export const CREATED_LABEL = 'tryout.created';
export const DRIVER_LABEL = 'tryout.driver';

export const SANDBOX_UID = 10001;
export const SUPERVISOR_PATH = '/opt/tryout/supervisor';
export const SANDBOX_HOSTNAME = 'sandbox';
/** Where a SQL dialect's server keeps its files (the supervisor's SERVICE_DIR). */
export const SERVER_DIR = '/srv';

export interface ContainerShape {
  image: string;
  language: LanguageId;
  /** Hard cap of the container's memory cgroup (processes + tmpfs pages + supervisor). */
  memoryBytes: number;
  workTmpfsBytes: number;
  tmpTmpfsBytes: number;
  /** A SQL dialect's server files (/srv): outside the supervisor's per-test snapshot. */
  serverTmpfsBytes?: number;
  pidsLimit: number;
  nanoCpus: number;
  nofile: number;
  /** Largest file a process may write (RLIMIT_FSIZE). */
  fsizeBytes: number;
  driverId: string;
  ownerId?: string;
  createdAt: number;
}

/**
 * The hardened container for one sandbox (docs/sandbox.md explains each line). The supervisor
 * is the container's init (no docker-init) so user code can neither signal it nor read its fds.
 */
export function sandboxContainerOptions(shape: ContainerShape): ContainerCreateOptions {
  const labels: Record<string, string> = {
    [SANDBOX_LABEL]: '1',
    [LANGUAGE_LABEL]: shape.language,
    [CREATED_LABEL]: String(shape.createdAt),
    [DRIVER_LABEL]: shape.driverId,
  };
  if (shape.ownerId !== undefined) labels[OWNER_LABEL] = shape.ownerId;
  const tmpfsOpts = (bytes: number, exec: boolean, mode: string) =>
    `rw,${exec ? 'exec' : 'noexec'},nosuid,nodev,size=${bytes},uid=${SANDBOX_UID},gid=${SANDBOX_UID},mode=${mode}`;
  return {
    Image: shape.image,
    Cmd: [SUPERVISOR_PATH],
    Entrypoint: [],
    Env: [],
    WorkingDir: '/work',
    User: `${SANDBOX_UID}:${SANDBOX_UID}`,
    Hostname: SANDBOX_HOSTNAME,
    Labels: labels,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    // When the attached host side goes away (worker killed), stdin closes and the supervisor exits.
    StdinOnce: true,
    Tty: false,
    NetworkDisabled: true,
    HostConfig: {
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      Tmpfs: {
        '/work': tmpfsOpts(shape.workTmpfsBytes, true, '0700'),
        '/tmp': tmpfsOpts(shape.tmpTmpfsBytes, false, '1777'),
        ...(shape.serverTmpfsBytes ? { [SERVER_DIR]: tmpfsOpts(shape.serverTmpfsBytes, false, '0700') } : {}),
      },
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: shape.pidsLimit,
      Memory: shape.memoryBytes,
      MemorySwap: shape.memoryBytes,
      NanoCpus: shape.nanoCpus,
      Ulimits: [
        { Name: 'fsize', Soft: shape.fsizeBytes, Hard: shape.fsizeBytes },
        { Name: 'nofile', Soft: shape.nofile, Hard: shape.nofile },
        { Name: 'core', Soft: 0, Hard: 0 },
      ],
      Init: false,
      IpcMode: 'none',
      LogConfig: { Type: 'none', Config: {} },
      Privileged: false,
      Binds: [],
      Mounts: [],
      AutoRemove: false,
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    },
  };
}
