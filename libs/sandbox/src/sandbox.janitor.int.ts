import Dockerode from 'dockerode';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxContainerOptions } from './container-spec.util';
import { removeStaleSandboxes } from './sandbox.janitor';
import { sandboxContainers } from './testing/sandbox-testing.util';

const docker = new Dockerode();
const ROOT = resolve(__dirname, '../../..');

async function state(id: string): Promise<string | undefined> {
  try {
    return (await docker.getContainer(id).inspect()).State.Status;
  } catch {
    return undefined;
  }
}

describe('removeStaleSandboxes', () => {
  it("removes the container of a SIGKILLed worker's in-flight job", async () => {
    const child = spawn(
      process.execPath,
      ['-r', './scripts/register.cjs', 'libs/sandbox/src/testing/hold-sandbox.script.ts'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const id = await new Promise<string>((resolveId, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n')) resolveId(line.trim());
      });
      child.on('exit', (code) => reject(new Error(`holder exited early (${code}): ${out}`)));
    });
    expect(await state(id)).toBe('running');
    child.kill('SIGKILL');

    // The attach connection dies with the worker: stdin closes and the supervisor (init) exits.
    await expect.poll(() => state(id), { timeout: 30_000, interval: 250 }).toBe('exited');
    const { removed } = await removeStaleSandboxes(docker, 60 * 60_000);
    expect(removed).toContain(id);
    expect(await state(id)).toBeUndefined();
  });

  it('removes running sandboxes older than the horizon and keeps younger ones', async () => {
    const shape = {
      image: 'tryout-runner-python:latest',
      language: 'python' as const,
      memoryBytes: 128 * 1024 * 1024,
      workTmpfsBytes: 16 * 1024 * 1024,
      tmpTmpfsBytes: 16 * 1024 * 1024,
      pidsLimit: 32,
      nanoCpus: 1e9,
      nofile: 64,
      fsizeBytes: 1024 * 1024,
      driverId: 'janitor-test',
    };
    const old = await docker.createContainer(
      sandboxContainerOptions({ ...shape, createdAt: Date.now() - 3 * 60 * 60_000 }),
    );
    const young = await docker.createContainer(sandboxContainerOptions({ ...shape, createdAt: Date.now() }));
    try {
      await Promise.all([old.start(), young.start()]);
      const { removed } = await removeStaleSandboxes(docker, 60 * 60_000);
      expect(removed).toContain(old.id);
      expect(removed).not.toContain(young.id);
      expect(await state(young.id)).toBe('running');
    } finally {
      await Promise.allSettled([old.remove({ force: true }), young.remove({ force: true })]);
    }
    expect(await sandboxContainers(docker, 'janitor-test')).toEqual([]);
  });
});
