import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PASSWORD_MIN_LENGTH, type Role, type UserDto } from '@tryout/contracts';
import { QueryFailedError, Repository } from 'typeorm';
import { displayNameProblem } from './display-name.util';
import { hashPassword, normalizeEmail, verifyPassword } from './password.util';
import { UserEntity } from './user.entity';
import { UserException } from './user.exception';

export interface CreateUserInput {
  email: string;
  password: string;
  displayName?: string;
  role?: Role;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Used by registration and by `tryout user create`. */
  async createUser(input: CreateUserInput): Promise<UserEntity> {
    if (input.password.length < PASSWORD_MIN_LENGTH) {
      throw new UserException('validation_failed', `password must be at least ${PASSWORD_MIN_LENGTH} characters`);
    }
    // Blank means "derive one from the e-mail"; anything else must be a valid name.
    const nameProblem = input.displayName?.trim() ? displayNameProblem(input.displayName) : undefined;
    if (nameProblem) throw new UserException('validation_failed', nameProblem);
    const email = normalizeEmail(input.email);
    const entity = this.users.create({
      email,
      displayName: input.displayName?.trim() || email.split('@')[0].slice(0, 64),
      passwordHash: await hashPassword(input.password),
      role: input.role ?? 'candidate',
    });
    try {
      return await this.users.save(entity);
    } catch (err) {
      if (err instanceof QueryFailedError && (err as QueryFailedError & { code?: string }).code === '23505') {
        throw new UserException('email_taken', 'an account with this e-mail already exists');
      }
      throw err;
    }
  }

  /**
   * Makes sure `email` is an admin: creates it with `password` when missing, otherwise promotes it
   * and leaves its password alone (the env must not silently reset a changed password).
   */
  async ensureAdmin(email: string, password: string): Promise<{ user: UserEntity; created: boolean }> {
    const existing = await this.findByEmail(email);
    if (!existing)
      return { user: await this.createUser({ email, password, role: 'admin', displayName: 'Admin' }), created: true };
    if (existing.role !== 'admin') {
      existing.role = 'admin';
      await this.users.update(existing.id, { role: 'admin' });
    }
    return { user: existing, created: false };
  }

  async setRole(email: string, role: Role): Promise<UserEntity> {
    const user = await this.findByEmail(email);
    if (!user) throw new UserException('not_found', `no user ${email}`);
    await this.users.update(user.id, { role });
    return { ...user, role };
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The per-request account check: two columns by primary key. */
  accountState(id: string): Promise<Pick<UserEntity, 'role' | 'disabledAt'> | null> {
    return this.users.findOne({ where: { id }, select: { role: true, disabledAt: true } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  /** The user when the password matches; the same error and cost whether the e-mail exists or not. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity> {
    const user = await this.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) throw new UserException('invalid_credentials', 'wrong e-mail or password');
    return user;
  }

  static toDto(user: UserEntity): UserDto {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
    };
  }
}
