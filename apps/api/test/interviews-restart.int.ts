/**
 * An API restart in the middle of a session loses nothing: the stored deadline, the autosaved
 * code and the delayed deadline job (in Redis) outlive the process, and the next API instance
 * submits the last code at the deadline.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CLOCK, InterviewDeadlineService, type Clock } from '@tryout/server-interviews';
import { ConfigService } from '@tryout/server-config';
import { ProblemsService } from '@tryout/server-problems';
import { UsersService } from '@tryout/server-users';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.factory';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { deleteQueuePrefix, uniqueQueuePrefix } from '../../../test/support/queue';

describe('interviews across an API restart', () => {
  let db: TestDatabase;
  let prefix: string;
  let config: ConfigService;
  let app: NestExpressApplication | undefined;
  let offsetMs = 0;

  async function boot(): Promise<string> {
    app = await createApp(config);
    vi.spyOn(app.get<Clock>(CLOCK), 'now').mockImplementation(() => new Date(Date.now() + offsetMs));
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    prefix = uniqueQueuePrefix();
    config = ConfigService.fromEnv({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: prefix,
      WEB_DIST: '/nonexistent',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      JWT_SECRET: 'restart-test-secret-restart-test-secret',
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (prefix) await deleteQueuePrefix(prefix);
  });

  it('submits the autosaved code at the deadline after the API restarted mid-session', async () => {
    let url = await boot();
    await app!.get(ProblemsService).importProblemPackage(sampleStdioProblem());
    await app!.get(UsersService).createUser({
      email: 'iv@example.com',
      password: 'interviewer-password',
      role: 'interviewer',
      displayName: 'Ivy',
    });
    const login = await call(url, 'POST', '/api/auth/login', {
      body: { email: 'iv@example.com', password: 'interviewer-password' },
    });
    const created = await call(url, 'POST', '/api/interviews', {
      token: login.body.accessToken,
      body: {
        title: 'Restart',
        problems: ['sum-two'],
        durationMinutes: 20,
        languages: ['python'],
        candidateName: 'Rae',
        candidateEmail: 'rae@example.com',
      },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.interview.id;
    const guest = (
      await call(url, 'POST', '/api/interview-invites/redeem', { body: { token: created.body.inviteToken } })
    ).body.accessToken;
    const started = await call(url, 'POST', '/api/interview/session/start', { token: guest });
    const deadline = new Date(started.body.deadlineAt);
    const source = 'a, b = map(int, input().split())\nprint(a + b)\n';
    expect(
      (
        await call(url, 'PUT', '/api/interview/session/problems/1/code', {
          token: guest,
          body: { language: 'python', source },
        })
      ).status,
    ).toBe(204);

    await app!.close();
    app = undefined;
    url = await boot();

    // The session and its clock are as they were; the candidate's token still works.
    const view = await call(url, 'GET', '/api/interview/session', { token: guest });
    expect(view.body).toMatchObject({ status: 'live', deadlineAt: deadline.toISOString() });
    expect(view.body.problems[0].saved).toMatchObject({ language: 'python', source });

    // The delayed job survived in Redis; time passes and the new instance's worker runs it.
    const job = await app!.get(InterviewDeadlineService).job(id, deadline);
    expect(await job?.getState()).toBe('delayed');
    offsetMs = deadline.getTime() - Date.now() + 1;
    await job!.promote();
    const automatic = () =>
      app!
        .get(DataSource)
        .query<{ source: string }[]>('SELECT source FROM submissions WHERE interview_session_id = $1 AND automatic', [
          id,
        ]);
    await expect.poll(async () => (await automatic()).length, { timeout: 15_000 }).toBe(1);
    expect((await automatic())[0].source).toBe(source);
  });
});
