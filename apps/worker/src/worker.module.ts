import { DynamicModule, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { baseLoggerOptions } from '@tryout/server-common';
import { ConfigModule, ConfigService } from '@tryout/server-config';
import { DatabaseModule } from '@tryout/server-database';
import { QueueModule } from '@tryout/server-queue';
import { AuthoringModule } from '@tryout/server-authoring';
import { SubmissionsModule } from '@tryout/server-submissions';
import type { SandboxDriver } from '@tryout/sandbox';
import { LoggerModule } from 'nestjs-pino';
import { JanitorService } from './janitor.service';
import { JudgeJobProcessor } from './judge-job.processor';
import { JudgeWorkerService } from './judge-worker.service';
import { SANDBOX_DRIVER, sandboxProviders } from './sandbox.provider';
import { SweeperService } from './sweeper.service';

/** The worker: the same domain libs as the api, plus the judge processor, sandboxes and janitor. */
@Module({})
export class WorkerModule implements OnModuleDestroy {
  constructor(@Inject(SANDBOX_DRIVER) private readonly driver: SandboxDriver) {}

  static forRoot(config: ConfigService): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        // No HTTP here: only the logger (no request middleware is ever mounted in an application context).
        LoggerModule.forRoot({ pinoHttp: baseLoggerOptions(config.get('LOG_LEVEL')) }),
        DatabaseModule,
        QueueModule,
        SubmissionsModule,
        AuthoringModule,
      ],
      providers: [...sandboxProviders, JudgeJobProcessor, JudgeWorkerService, JanitorService, SweeperService],
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.driver.close();
  }
}
