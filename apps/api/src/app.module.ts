import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AdminModule } from '@tryout/server-admin';
import { AuthoringModule } from '@tryout/server-authoring';
import { baseLoggerOptions } from '@tryout/server-common';
import { ConfigModule, ConfigService } from '@tryout/server-config';
import { DatabaseModule } from '@tryout/server-database';
import { HealthModule } from '@tryout/server-health';
import { InterviewsModule } from '@tryout/server-interviews';
import { ProblemsModule } from '@tryout/server-problems';
import { QuizModule } from '@tryout/server-quiz';
import { QueueModule, REDIS_CLIENT } from '@tryout/server-queue';
import { SubmissionsModule } from '@tryout/server-submissions';
import { UsersModule } from '@tryout/server-users';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { AdminAuditController } from './admin/admin-audit.controller';
import { AdminQueueController } from './admin/admin-queue.controller';
import { AdminScorecardTemplatesController } from './admin/admin-scorecard-templates.controller';
import { AdminUsersController } from './admin/admin-users.controller';
import { AuthController } from './auth/auth.controller';
import { AuthoringDraftsController } from './authoring/authoring-drafts.controller';
import { AuthoringProblemsController } from './authoring/authoring-problems.controller';
import { BenchController } from './bench/bench.controller';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { AuthGuard } from './common/auth.guard';
import {
  addressTracker,
  THROTTLE_LOGIN,
  THROTTLE_LOGIN_ADDRESS,
  THROTTLE_SUBMISSIONS,
} from './common/user-throttler.guard';
import { DraftsController } from './drafts/drafts.controller';
import { EditorialController } from './problems/editorial.controller';
import { HealthController } from './health/health.controller';
import { CandidateSessionController } from './interviews/candidate-session.controller';
import { InterviewClockRelay } from './interviews/interview-clock.relay';
import { InterviewLinksController } from './interviews/interview-links.controller';
import { InterviewNotesController } from './interviews/interview-notes.controller';
import { InterviewScorecardsController } from './interviews/interview-scorecards.controller';
import { InterviewsController } from './interviews/interviews.controller';
import { InterviewTemplatesController } from './interviews/interview-templates.controller';
import { MocksController } from './interviews/mocks.controller';
import { MeController } from './me/me.controller';
import { CallerStateService } from './problems/caller-state.service';
import { ListsController } from './problems/lists.controller';
import { ProblemsController } from './problems/problems.controller';
import { QuizzesController } from './quizzes/quizzes.controller';
import { MetricsController } from './metrics/metrics.controller';
import { SubmissionEventsRelay } from './submissions/submission-events.relay';
import { SubmissionsController } from './submissions/submissions.controller';

@Module({})
export class AppModule {
  static forRoot(config: ConfigService): DynamicModule {
    const logger = baseLoggerOptions(config.get('LOG_LEVEL'));
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            ...logger,
            // The id is set by our first middleware (so early errors carry it too).
            genReqId: (req) => (req as { id?: string }).id ?? 'none',
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
              remove: true,
            },
            customLogLevel: (_req, res, err) =>
              err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
            serializers: {
              ...logger.serializers,
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        DiscoveryModule,
        DatabaseModule,
        QueueModule,
        UsersModule,
        ProblemsModule,
        QuizModule,
        SubmissionsModule,
        InterviewsModule,
        HealthModule,
        AdminModule,
        AuthoringModule,
        ThrottlerModule.forRootAsync({
          inject: [ConfigService, REDIS_CLIENT],
          useFactory: (c: ConfigService, redis: Redis) => ({
            throttlers: [
              { name: THROTTLE_SUBMISSIONS, ttl: 60_000, limit: c.get('SUBMISSIONS_PER_MINUTE') },
              { name: THROTTLE_LOGIN, ttl: 60_000, limit: c.get('LOGIN_ATTEMPTS_PER_MINUTE') },
              {
                name: THROTTLE_LOGIN_ADDRESS,
                ttl: 60_000,
                limit: c.get('LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE'),
                getTracker: addressTracker,
              },
            ],
            storage: new ThrottlerStorageRedisService(redis),
            // Namespaced like everything else in Redis, so test files (and deployments) never share counters.
            generateKey: (ctx, tracker, name) =>
              `${c.get('QUEUE_PREFIX')}:throttle:${name}:${ctx.getClass().name}.${ctx.getHandler().name}:${tracker}`,
          }),
        }),
      ],
      controllers: [
        AuthController,
        MeController,
        ProblemsController,
        ListsController,
        QuizzesController,
        EditorialController,
        DraftsController,
        SubmissionsController,
        InterviewsController,
        InterviewLinksController,
        InterviewTemplatesController,
        MocksController,
        InterviewNotesController,
        InterviewScorecardsController,
        CandidateSessionController,
        HealthController,
        AdminUsersController,
        AuthoringProblemsController,
        AuthoringDraftsController,
        AdminAuditController,
        AdminQueueController,
        AdminScorecardTemplatesController,
        MetricsController,
        ...(config.get('BENCH_ROUTES') ? [BenchController] : []),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        SubmissionEventsRelay,
        CallerStateService,
        InterviewClockRelay,
      ],
    };
  }
}
