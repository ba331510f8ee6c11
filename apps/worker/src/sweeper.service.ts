import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { SubmissionSweeperService } from '@tryout/server-submissions';

/**
 * Runs the stuck-submission sweep every SWEEPER_INTERVAL_SECONDS (see SubmissionSweeperService).
 * Every worker runs it; the sweep itself is safe to run concurrently.
 */
@Injectable()
export class SweeperService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SweeperService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly sweeper: SubmissionSweeperService,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.get('SWEEPER_INTERVAL_SECONDS') * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweeper
      .sweep()
      .then(() => undefined)
      .catch((err: Error) => this.logger.warn({ err }, 'sweeper pass failed'))
      .finally(() => {
        this.running = undefined;
      });
    await this.running;
  }
}
