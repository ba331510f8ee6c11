import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { REDIS_CLIENT, RedisSubscriberService } from '@tryout/server-queue';
import type { Redis } from 'ioredis';
import { UsersService } from '../users/users.service';

export interface AccountState {
  role: Role;
  disabledAt: Date | null;
}

/** Longest a cached state may be served when an invalidation message was lost (Redis down). */
export const ACCOUNT_STATE_TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * The role and disabled state the auth guard checks on every request, cached per process. A change
 * (role, disable, enable) calls `invalidate` after it committed: this process drops the entry at
 * once and every other API replica hears it over Redis pub/sub. The TTL only bounds staleness when
 * that message is lost; without a confirmed subscription nothing is cached at all.
 */
@Injectable()
export class AccountStateCache {
  private readonly logger = new Logger(AccountStateCache.name);
  private readonly channel: string;
  private readonly entries = new Map<string, { state: AccountState | null; expiresAt: number }>();
  /** Bumped by every invalidation, so a read that started before it is not cached. */
  private generation = 0;
  private subscribed?: Promise<boolean>;

  constructor(
    private readonly users: UsersService,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly subscriber: RedisSubscriberService,
    config: ConfigService,
  ) {
    this.channel = `${config.get('QUEUE_PREFIX')}:account-changed`;
  }

  async get(userId: string): Promise<AccountState | null> {
    const hit = this.entries.get(userId);
    if (hit && hit.expiresAt > Date.now()) return hit.state;
    const generation = this.generation;
    const canCache = await this.subscribe();
    const state = await this.users.accountState(userId);
    if (canCache && generation === this.generation) {
      // Map order is insertion order: drop the oldest when full.
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.delete(userId);
      this.entries.set(userId, { state, expiresAt: Date.now() + ACCOUNT_STATE_TTL_MS });
    }
    return state;
  }

  /** Call after the change committed. Never throws: a lost message is bounded by the TTL. */
  async invalidate(userId: string): Promise<void> {
    this.drop(userId);
    try {
      await this.redis.publish(this.channel, userId);
    } catch (err) {
      this.logger.warn({ err }, 'account invalidation not published');
    }
  }

  private drop(userId: string): void {
    this.generation++;
    this.entries.delete(userId);
  }

  /** Lazily, so processes that never authenticate (CLI) open no subscriber connection. */
  private subscribe(): Promise<boolean> {
    this.subscribed ??= this.subscriber
      .subscribe(this.channel, (userId) => this.drop(userId))
      .then(() => true)
      .catch((err: unknown) => {
        this.logger.warn({ err }, 'account invalidation channel unavailable; not caching');
        this.subscribed = undefined;
        return false;
      });
    return this.subscribed;
  }
}
