import { describe, expect, it } from 'vitest';
import { type ContainerShape, sandboxContainerOptions } from './container-spec.util';

const PYTHON: ContainerShape = {
  image: 'tryout-runner-python:latest',
  language: 'python',
  memoryBytes: 512 * 1024 * 1024,
  workTmpfsBytes: 64 * 1024 * 1024,
  tmpTmpfsBytes: 16 * 1024 * 1024,
  pidsLimit: 128,
  nanoCpus: 1e9,
  nofile: 256,
  fsizeBytes: 64 * 1024 * 1024,
  driverId: 'd1',
  createdAt: 1234,
};

describe('sandboxContainerOptions', () => {
  const options = sandboxContainerOptions(PYTHON);
  const host = options.HostConfig ?? {};

  it('is hardened as docs/sandbox.md lists', () => {
    expect(host.NetworkMode).toBe('none');
    expect(options.NetworkDisabled).toBe(true);
    expect(host.ReadonlyRootfs).toBe(true);
    expect(host.CapDrop).toEqual(['ALL']);
    expect(host.CapAdd).toBeUndefined();
    expect(host.SecurityOpt).toEqual(['no-new-privileges']);
    expect(host.Privileged).toBe(false);
    expect(host.Binds).toEqual([]);
    expect(host.Mounts).toEqual([]);
    expect(host.IpcMode).toBe('none');
    expect(host.LogConfig?.Type).toBe('none');
    expect(host.Memory).toBe(host.MemorySwap);
    expect(host.PidsLimit).toBe(128);
    expect(host.NanoCpus).toBe(1e9);
    expect(options.User).toBe('10001:10001');
    expect(options.Env).toEqual([]);
    expect(options.Hostname).toBe('sandbox');
  });

  it('caps both tmpfs below the memory limit, exec only on /work', () => {
    expect(host.Tmpfs?.['/work']).toContain('size=67108864');
    expect(host.Tmpfs?.['/work']).toMatch(/(^|,)exec(,|$)/);
    expect(host.Tmpfs?.['/tmp']).toContain('noexec');
    expect(64 + 16).toBeLessThan(512);
  });

  it('mounts the server tmpfs (/srv) only for a pack with a server, never executable', () => {
    expect(host.Tmpfs?.['/srv']).toBeUndefined();
    const sql = sandboxContainerOptions({
      ...PYTHON,
      image: 'tryout-runner-postgresql:latest',
      language: 'postgresql',
      serverTmpfsBytes: 256 * 1024 * 1024,
    });
    expect(sql.HostConfig?.Tmpfs?.['/srv']).toContain('size=268435456');
    expect(sql.HostConfig?.Tmpfs?.['/srv']).toContain('noexec');
  });

  it('sets fsize, nofile and core ulimits but never nproc', () => {
    const names = (host.Ulimits ?? []).map((u) => u.Name).sort();
    expect(names).toEqual(['core', 'fsize', 'nofile']);
    expect(host.Ulimits?.find((u) => u.Name === 'core')).toMatchObject({ Soft: 0, Hard: 0 });
  });

  it('runs the supervisor as init and labels the container for the janitor', () => {
    expect(options.Cmd).toEqual(['/opt/tryout/supervisor']);
    expect(host.Init).toBe(false);
    expect(options.Labels).toMatchObject({
      'tryout.sandbox': '1',
      'tryout.language': 'python',
      'tryout.created': '1234',
    });
    expect(options.OpenStdin && options.StdinOnce).toBe(true);
  });
});
