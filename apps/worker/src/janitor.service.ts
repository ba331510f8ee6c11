import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { janitorRemovals } from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { removeStaleSandboxes, sandboxJanitorMaxAgeMs } from '@tryout/sandbox';
import type Dockerode from 'dockerode';
import { DOCKER } from './sandbox.provider';

/** Longest a judge job can take (compile + every test at its wall limit), with room to spare. */
const LONGEST_JOB_MS = 10 * 60_000;

/**
 * Removes sandbox containers nobody owns any more (a SIGKILLed worker's, whose supervisors exit
 * when their attachment closes) at start-up and then periodically. Running containers are removed
 * only past the longest a live driver keeps one, so other workers' in-flight jobs are safe.
 */
@Injectable()
export class JanitorService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JanitorService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DOCKER) private readonly docker: Dockerode,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.config.get('JANITOR_INTERVAL_SECONDS') * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    try {
      const maxAge = sandboxJanitorMaxAgeMs(this.config.get('SANDBOX_MAX_AGE_SECONDS') * 1000, LONGEST_JOB_MS);
      const { removed, failed } = await removeStaleSandboxes(this.docker, maxAge);
      janitorRemovals.inc(removed.length);
      if (removed.length > 0) this.logger.log({ removed: removed.length }, 'removed stale sandbox containers');
      if (failed.length > 0) this.logger.warn({ failed: failed.length }, 'could not remove sandbox containers');
    } catch (err) {
      this.logger.warn({ err }, 'janitor sweep failed');
    }
  }
}
