/**
 * Backups: the procedure in docs/operations.md (pg_dump in the custom format, pg_restore into an
 * empty database) on a populated database — users, the catalog, judged submissions, an interview —
 * then a fresh api on the restored copy serves them: the same sign-in, problem, verdict and session.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runMigrations } from '@tryout/server-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_TEST_TIMEOUT_MS, SLOW_SUM, query, signUp, submit, waitAllFinished } from './support/faults';
import { call } from './support/http';
import { databaseUrl, quoteIdent, withAdminClient } from './support/postgres';
import { startStack, type Stack } from './support/stack';

const run = promisify(execFile);
const PASSWORD = 'correct horse battery';

describe('backup and restore', () => {
  let source: Stack;
  let restored: Stack | undefined;
  // Named like the per-file databases, so a crashed run's copy is dropped by the global setup.
  const restoredDb = `tryout_test_${Math.floor(Date.now() / 1000)}_${process.pid}_restore`;
  const dir = mkdtempSync(join(tmpdir(), 'tryout-backup-'));

  beforeAll(async () => {
    source = await startStack({ problems: [SLOW_SUM] });
  });
  afterAll(async () => {
    await restored?.stop();
    await source?.stop();
    await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(restoredDb)} WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'a pg_dump restored into an empty database serves users, catalog, history and interviews',
    async () => {
      // Populate: a candidate with a judged submission, and an interview the admin created.
      const token = await signUp(source, 'backup');
      const { body: me } = await call(source.url, 'GET', '/api/me', { token });
      const submissionId = await submit(source, token, 'a, b = map(int, input().split())\nprint(a + b)\n');
      await waitAllFinished(String(source.env.DATABASE_URL), [submissionId], 120_000, () => source.workerLog());
      const before = await call(source.url, 'GET', `/api/submissions/${submissionId}`, { token });
      expect(before.body.verdict).toBe('accepted');
      const admin = await call(source.url, 'POST', '/api/auth/login', { body: source.admin });
      expect(admin.status).toBe(200);
      const interview = await call(source.url, 'POST', '/api/interviews', {
        token: admin.body.accessToken,
        body: {
          title: 'Backed-up screen',
          problems: ['slow-sum'],
          durationMinutes: 30,
          languages: ['python'],
          candidateName: 'Casey Candidate',
          candidateEmail: 'casey@example.com',
        },
      });
      expect(interview.status, JSON.stringify(interview.body)).toBe(201);
      const interviewId = interview.body.interview.id as string;
      expect(interviewId).toBeDefined();

      // Back up and restore, exactly as docs/operations.md says.
      const dump = join(dir, 'tryout.dump');
      await run('pg_dump', ['--format=custom', '--no-owner', '--file', dump, String(source.env.DATABASE_URL)]);
      await withAdminClient((c) => c.query(`CREATE DATABASE ${quoteIdent(restoredDb)}`));
      const url = databaseUrl(restoredDb);
      await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', url, dump]);

      // The copy is complete: no migration is pending on it, and row counts match the source.
      expect(await runMigrations(url)).toEqual([]);
      const tables = ['users', 'problems', 'submissions', 'submission_test_results', 'interview_sessions'];
      for (const table of tables) {
        const count = async (db: string) =>
          (await query<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${table}`))[0].n;
        expect(await count(url), table).toBe(await count(String(source.env.DATABASE_URL)));
      }

      // A fresh api (and worker) on the copy, with no catalog import: everything comes from the dump.
      restored = await startStack({ problems: [], database: { url, drop: async () => undefined } });
      const login = await call(restored.url, 'POST', '/api/auth/login', {
        body: { email: me.email, password: PASSWORD },
      });
      expect(login.status).toBe(200);
      const again = login.body.accessToken as string;
      const problem = await call(restored.url, 'GET', '/api/problems/slow-sum', { token: again });
      expect(problem.status).toBe(200);
      expect(problem.body.title).toBe('Slow Sum');
      const after = await call(restored.url, 'GET', `/api/submissions/${submissionId}`, { token: again });
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
      const adminAgain = await call(restored.url, 'POST', '/api/auth/login', { body: source.admin });
      const session = await call(restored.url, 'GET', `/api/interviews/${interviewId}`, {
        token: adminAgain.body.accessToken,
      });
      expect(session.status).toBe(200);
      expect(session.body.title).toBe('Backed-up screen');
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
