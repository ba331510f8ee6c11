import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { JobPriority, JUDGE_QUEUE } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxDriver } from '@tryout/sandbox';
import {
  collectProcessMetrics,
  registerQueueDepth,
  registerSandboxMetrics,
  startMetricsServer,
} from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { JudgeQueueService } from '@tryout/server-queue';
import type { Server } from 'node:http';
import { priorityName } from './judge-worker.service';
import { SANDBOX_DRIVER } from './sandbox.provider';

/** Counted states besides the waiting ones (those are counted per priority). */
const STATES = ['active', 'delayed', 'failed'] as const;

/**
 * The worker's Prometheus metrics: process, queue depth (read at scrape time), this worker's
 * sandbox counters; served on WORKER_METRICS_PORT when set. Judge latency, verdicts, queue wait
 * and janitor removals are counted where they happen.
 */
@Injectable()
export class WorkerMetricsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerMetricsService.name);
  private server?: Server;

  constructor(
    private readonly config: ConfigService,
    private readonly queue: JudgeQueueService,
    @Inject(SANDBOX_DRIVER) private readonly driver: SandboxDriver,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    collectProcessMetrics();
    const driver = this.driver;
    if (driver instanceof DockerSandboxDriver) registerSandboxMetrics(driver.stats, () => driver.warmPoolSizes());
    const queue = this.queue.queue;
    registerQueueDepth(JUDGE_QUEUE, async () => {
      const priorities = Object.values(JobPriority);
      const [counts, perPriority] = await Promise.all([
        queue.getJobCounts(...STATES),
        queue.getCountsPerPriority([0, ...priorities]),
      ]);
      return [
        ...STATES.map((state) => ({ state, priority: 'all', count: counts[state] ?? 0 })),
        ...Object.entries(perPriority).map(([p, count]) => ({
          state: 'waiting',
          priority: priorityName(Number(p)),
          count,
        })),
      ];
    });
    const port = this.config.get('WORKER_METRICS_PORT');
    if (port) {
      this.server = await startMetricsServer(this.config.get('METRICS_HOST'), port);
      this.logger.log({ host: this.config.get('METRICS_HOST'), port }, 'metrics listening');
    }
  }

  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
