import { RUNNER_IMAGE_PREFIX } from '@tryout/languages';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { LANGUAGE_IDS } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import Docker from 'dockerode';
import { Redis } from 'ioredis';
import { dockerOptionsFromHost } from './docker-options.util';

const CHECK_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Database, Redis, the Docker engine and every runner image, each up or down. Redis gets its own
 * connection that never queues commands: when Redis is down the check fails at once, and ioredis
 * reconnects in the background, so the check recovers without a restart.
 */
@Injectable()
export class HealthService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly docker: Docker;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    config: ConfigService,
  ) {
    this.redis = new Redis(config.get('REDIS_URL'), {
      connectionName: 'tryout-health',
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: CHECK_TIMEOUT_MS,
      retryStrategy: () => 1000,
    });
    this.redis.on('error', () => undefined); // reported by the check itself
    this.docker = new Docker(dockerOptionsFromHost(config.get('DOCKER_HOST')));
  }

  /** Resolves with the result when everything is up; rejects with an HttpException (503) carrying it otherwise. */
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
      () => this.checkRedis(),
      () => this.checkDocker(),
    ]);
  }

  private async checkRedis(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('redis');
    try {
      if (this.redis.status === 'wait') await withTimeout(this.redis.connect(), 'redis');
      await withTimeout(this.redis.ping(), 'redis');
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }

  /** The engine, then each `tryout-runner-<lang>:latest`: one indicator per image. */
  private async checkDocker(): Promise<HealthIndicatorResult> {
    const engine = this.indicators.check('docker');
    const images = LANGUAGE_IDS.map((id) => `${RUNNER_IMAGE_PREFIX}${id}:latest`);
    let tags: Set<string>;
    try {
      await withTimeout(this.docker.ping(), 'docker');
      const list = await withTimeout(
        this.docker.listImages({ filters: JSON.stringify({ reference: [`${RUNNER_IMAGE_PREFIX}*`] }) }),
        'docker',
      );
      tags = new Set(list.flatMap((i) => i.RepoTags ?? []));
    } catch (err) {
      const message = (err as Error).message;
      const down: HealthIndicatorResult[] = images.map((image) =>
        this.indicators.check(`image:${image}`).down({ message: 'docker is down' }),
      );
      return Object.assign({}, engine.down({ message }), ...down) as HealthIndicatorResult;
    }
    const results: HealthIndicatorResult[] = images.map((image) => {
      const ind = this.indicators.check(`image:${image}`);
      return tags.has(image) ? ind.up() : ind.down({ message: 'image not built (npm start builds it)' });
    });
    return Object.assign({}, engine.up(), ...results) as HealthIndicatorResult;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
