import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harnessFingerprint, readVerifiedStamp, writeVerifiedStamp } from './verified-stamp';

describe('harnessFingerprint', () => {
  let root: string;
  const put = async (path: string, content: string) => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'fingerprint-'));
    await put('libs/judge/src/harness/generate-harness.ts', 'generator');
    await put('libs/languages/src/go/go.harness.ts', 'go harness');
    await put('libs/languages/src/python/python.harness.ts', 'python harness');
    await put('docker/runners/go/Dockerfile', 'FROM base');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('moves with the language’s harness sources, not with another language’s or with tests', async () => {
    const before = await harnessFingerprint(root, 'go');
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    await put('libs/languages/src/python/python.harness.ts', 'python harness, changed');
    await put('libs/languages/src/go/go.harness.spec.ts', 'a test');
    await put('docker/runners/go/tests/hello.go', 'a sample');
    expect(await harnessFingerprint(root, 'go')).toBe(before);
    await put('docker/runners/go/Dockerfile', 'FROM base\nRUN more');
    expect(await harnessFingerprint(root, 'go')).not.toBe(before);
  });

  it('is unknown where the sources are not (an installed CLI): the coverage set is then judged', async () => {
    expect(await harnessFingerprint(join(root, 'nowhere'), 'go')).toBeUndefined();
  });

  it('round-trips through verified.json with sorted keys', async () => {
    await writeVerifiedStamp(root, { problems: { b: '2', a: '1' }, harness: { go: 'x' } });
    expect(await readVerifiedStamp(root)).toEqual({ problems: { a: '1', b: '2' }, harness: { go: 'x' } });
  });
});
