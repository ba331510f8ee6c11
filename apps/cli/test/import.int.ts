import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { runCli } from './run-cli';

/** `tryout db migrate`, `import` and `user create` against a real (per-file) Postgres database. */
let db: TestDatabase;
let env: Record<string, string>;

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  env = { DATABASE_URL: db.url, QUEUE_PREFIX: `test-cli-${process.pid}` };
});
afterAll(async () => {
  await db.drop();
});

describe('tryout db / import / user', () => {
  it('db migrate is idempotent', async () => {
    const run = await runCli(['db', 'migrate'], 120_000, env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/database is up to date/);
  });

  it('imports a Kattis 2025-09 package by uuid, and again without a new version', async () => {
    const first = await runCli(['import', 'test/kattis/averagespeed'], 120_000, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/averagespeed: created \(v1, #1\)/);
    const again = await runCli(['import', 'test/kattis/averagespeed'], 120_000, env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/averagespeed: unchanged \(v1, #1\)/);
    const rows = await query<{ id: string; slug: string }>('SELECT id, slug FROM problems WHERE slug = $1', [
      'averagespeed',
    ]);
    expect(rows).toEqual([{ id: '3d9b7f2e-5c1a-4e8b-a0f4-6b2c9d1e7a35', slug: 'averagespeed' }]);
  });

  it('imports editorial and hints in place; only a test change adds a version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tryout-import-'));
    const pkg = join(dir, 'two-sum');
    try {
      await cp('problems/two-sum', pkg, { recursive: true });
      expect((await runCli(['import', pkg], 120_000, env)).stdout).toMatch(/two-sum: created \(v1, #2\)/);
      const [first] = await query<{ editorial: string; hints: string[] }>(
        'SELECT editorial, hints FROM problems WHERE slug = $1',
        ['two-sum'],
      );
      expect(first.editorial).toMatch(/^## Intuition/);
      expect(first.hints).toHaveLength(2);

      await writeFile(join(pkg, 'solution/solution.en.md'), '## Intuition\nRewritten.\n');
      await writeFile(join(pkg, 'solution/hints.en.md'), '## Hint 1\nOnly one.\n');
      const edited = await runCli(['import', pkg], 120_000, env);
      expect(edited.code, edited.stderr).toBe(0);
      expect(edited.stdout).toMatch(/two-sum: unchanged \(v1, #2\)/);
      expect(await query('SELECT editorial, hints FROM problems WHERE slug = $1', ['two-sum'])).toEqual([
        { editorial: '## Intuition\nRewritten.\n', hints: ['Only one.'] },
      ]);

      await writeFile(join(pkg, 'data/secret/99.in'), '[1,2]\n3\n');
      await writeFile(join(pkg, 'data/secret/99.ans'), '[0,1]\n');
      expect((await runCli(['import', pkg], 120_000, env)).stdout).toMatch(/two-sum: new version \(v2, #2\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses what it cannot judge, importing nothing (several targets are one import)', async () => {
    const run = await runCli(['import', 'problems/binary-search', 'test/kattis'], 120_000, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/guessnumber: interactive problems are not supported yet/);
    expect(await query('SELECT id FROM problems WHERE slug = ANY($1)', [['pairfinder', 'binary-search']])).toEqual([]);
  });

  it('creates users through the same service as registration', async () => {
    const args = [
      'user',
      'create',
      '--role',
      'admin',
      '--email',
      'Root@Example.com',
      '--password',
      'a long enough password',
    ];
    const run = await runCli(args, 120_000, env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/created admin root@example.com/);
    const duplicate = await runCli(args, 120_000, env);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/already exists/);
    const badRole = await runCli(
      ['user', 'create', '--role', 'root', '--email', 'x@example.com', '--password', 'a long enough password'],
      120_000,
      env,
    );
    expect(badRole.code).toBe(2);
    const rows = await query<{ role: string }>('SELECT role FROM users WHERE email = $1', ['root@example.com']);
    expect(rows).toEqual([{ role: 'admin' }]);
  });

  it('numbers a catalog in a stable order, keeps the numbers, and imports lists/ (an unknown slug names the file)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tryout-catalog-'));
    try {
      for (const slug of ['valid-brackets', 'stair-climb'])
        await cp(join('problems', slug), join(root, slug), { recursive: true });
      await mkdir(join(root, 'lists'));
      await writeFile(join(root, 'lists', 'starter.yaml'), 'title: Starter\nproblems: [valid-brackets, stair-climb]\n');
      const first = await runCli(['import', root], 120_000, env);
      expect(first.code, first.stderr).toBe(0);
      // averagespeed and two-sum (imported above) are #1 and #2; the new ones follow in slug order.
      expect(first.stdout).toMatch(/stair-climb: created \(v1, #3\)/);
      expect(first.stdout).toMatch(/valid-brackets: created \(v1, #4\)/);
      expect(first.stdout).toMatch(/1 list\(s\) imported/);
      const again = await runCli(['import', root], 120_000, env);
      expect(again.stdout).toMatch(/stair-climb: unchanged \(v1, #3\)/);

      await writeFile(join(root, 'lists', 'broken.yaml'), 'title: Broken\nproblems: [stair-climb, no-such-problem]\n');
      const bad = await runCli(['import', root], 120_000, env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/lists\/broken.yaml: unknown problem "no-such-problem"/);
      const lists = await query<{ slug: string }>('SELECT slug FROM curated_lists ORDER BY slug');
      expect(lists).toEqual([{ slug: 'starter' }]);
      const items = await query<{ slug: string }>(
        `SELECT p.slug FROM curated_list_items i JOIN problems p ON p.id = i.problem_id ORDER BY i.position`,
      );
      expect(items.map((r) => r.slug)).toEqual(['valid-brackets', 'stair-climb']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
