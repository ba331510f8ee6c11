import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { AdminUserDto, AdminUserListQuery, AdminUserListResponse, Role } from '@tryout/contracts';
import { AuditService, type AuditActor } from '@tryout/server-audit';
import { AccountStateCache, RefreshTokenEntity, UserEntity, UsersService } from '@tryout/server-users';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { AdminException } from './admin.exception';

export function toAdminUserDto(user: UserEntity): AdminUserDto {
  return { ...UsersService.toDto(user), disabledAt: user.disabledAt?.toISOString() ?? null };
}

/** Arbitrary constant naming the advisory lock of account changes. */
const ACCOUNT_LOCK_KEY = 7_301_113;

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** User management by admins. Every change is audited in the same transaction. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly accounts: AccountStateCache,
  ) {}

  async list(query: AdminUserListQuery & { page: number; pageSize: number }): Promise<AdminUserListResponse> {
    const qb = this.users.createQueryBuilder('u');
    if (query.q) {
      qb.andWhere("(u.email LIKE :q ESCAPE '\\' OR lower(u.display_name) LIKE :q ESCAPE '\\')", {
        q: likePattern(query.q),
      });
    }
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.status === 'active') qb.andWhere('u.disabled_at IS NULL');
    if (query.status === 'disabled') qb.andWhere('u.disabled_at IS NOT NULL');
    const [rows, total] = await qb
      .orderBy('u.email', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toAdminUserDto), page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string): Promise<AdminUserDto> {
    return toAdminUserDto(await this.find(this.dataSource.manager, id));
  }

  async changeRole(actor: AuditActor, id: string, role: Role): Promise<AdminUserDto> {
    return this.committedChange(id, async (tx) => {
      const user = await this.find(tx, id);
      if (user.role === role) return toAdminUserDto(user);
      if (user.role === 'admin') await this.assertAnotherActiveAdmin(tx, user.id);
      const from = user.role;
      await tx.update(UserEntity, { id }, { role });
      await this.audit.record(
        {
          actor,
          action: 'user.role_changed',
          target: { type: 'user', id, label: user.email },
          details: { from, to: role },
        },
        tx,
      );
      return toAdminUserDto({ ...user, role });
    });
  }

  /** Refuses new logins and refreshes, revokes every refresh token, and the guard refuses its access tokens. */
  async disable(actor: AuditActor, id: string): Promise<AdminUserDto> {
    if (actor.id === id) throw new AdminException('cannot_disable_self', 'you cannot disable your own account');
    return this.committedChange(id, async (tx) => {
      const user = await this.find(tx, id);
      if (user.disabledAt) return toAdminUserDto(user);
      if (user.role === 'admin') await this.assertAnotherActiveAdmin(tx, user.id);
      const disabledAt = new Date();
      await tx.update(UserEntity, { id }, { disabledAt });
      await tx.update(RefreshTokenEntity, { userId: id, revokedAt: IsNull() }, { revokedAt: disabledAt });
      await this.audit.record({ actor, action: 'user.disabled', target: { type: 'user', id, label: user.email } }, tx);
      return toAdminUserDto({ ...user, disabledAt });
    });
  }

  async enable(actor: AuditActor, id: string): Promise<AdminUserDto> {
    return this.committedChange(id, async (tx) => {
      const user = await this.find(tx, id);
      if (!user.disabledAt) return toAdminUserDto(user);
      await tx.update(UserEntity, { id }, { disabledAt: null });
      await this.audit.record({ actor, action: 'user.enabled', target: { type: 'user', id, label: user.email } }, tx);
      return toAdminUserDto({ ...user, disabledAt: null });
    });
  }

  /**
   * Runs an account change in a transaction, then, once it committed, drops the account's cached
   * state in every API process: the next request of that user sees the change.
   */
  private async committedChange(
    id: string,
    change: (tx: EntityManager) => Promise<AdminUserDto>,
  ): Promise<AdminUserDto> {
    const result = await this.dataSource.transaction(change);
    await this.accounts.invalidate(id);
    return result;
  }

  /** The acting admin as the audit log names them. */
  async actor(userId: string): Promise<AuditActor> {
    const user = await this.users.findOneBy({ id: userId });
    return { id: userId, label: user?.email ?? userId };
  }

  /**
   * Inside a transaction, first takes a transaction-scoped advisory lock: account changes run one at
   * a time, so two admins demoting each other at once can't leave the platform without an admin
   * (and the checks read committed state). They are rare; the serialisation costs nothing.
   */
  private async find(manager: EntityManager, id: string): Promise<UserEntity> {
    if (manager.queryRunner?.isTransactionActive)
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ACCOUNT_LOCK_KEY]);
    const user = await manager.findOneBy(UserEntity, { id });
    if (!user) throw new AdminException('user_not_found', `no user with id ${id}`);
    return user;
  }

  private async assertAnotherActiveAdmin(tx: EntityManager, exceptId: string): Promise<void> {
    const admins = await tx.find(UserEntity, { where: { role: 'admin', disabledAt: IsNull() }, select: { id: true } });
    if (!admins.some((a) => a.id !== exceptId)) {
      throw new AdminException('last_admin', 'this is the last active admin; make another admin first');
    }
  }
}
