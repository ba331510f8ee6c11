import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { ROLES, type AuthResponse, type Role } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { UsersService, type CreateUserInput } from '../users/users.service';
import { AccountStateCache } from './account-state.cache';
import { AuthException } from './auth.exception';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashRefreshToken, newRefreshToken } from './token.util';

/** What a verified access token says about its bearer. */
export interface AuthPrincipal {
  userId: string;
  role: Role;
  /** Set only on interview-session tokens: the bearer may reach this session's candidate routes and nothing else. */
  session?: { id: string; inviteVersion: number };
}

export interface IssuedSession {
  body: AuthResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

interface AccessClaims {
  sub: string;
  role: Role;
  /** Interview-session tokens only: the session id and the invite generation they were issued for. */
  sid?: string;
  iv?: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
    private readonly accounts: AccountStateCache,
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
  ) {}

  async register(input: Omit<CreateUserInput, 'role'>): Promise<IssuedSession> {
    const user = await this.users.createUser({ ...input, role: 'candidate' });
    return this.issue(user, randomUUID());
  }

  async login(email: string, password: string): Promise<IssuedSession> {
    const user = await this.users.verifyCredentials(email, password);
    // Only after the password matched: an unknown e-mail and a disabled one are not told apart otherwise.
    if (user.disabledAt) throw new AuthException('account_disabled', 'this account is disabled; ask an admin');
    return this.issue(user, randomUUID());
  }

  /**
   * Rotates a refresh token. A token that was already rotated (or revoked) is a replay: the whole
   * family is revoked, so a thief and the victim are both logged out and the victim logs in again.
   */
  async refresh(rawToken: string | undefined): Promise<IssuedSession> {
    if (!rawToken) throw new AuthException('refresh_token_invalid', 'no refresh token');
    const token = await this.tokens.findOneBy({ tokenHash: hashRefreshToken(rawToken) });
    if (!token) throw new AuthException('refresh_token_invalid', 'unknown refresh token');
    // Disabling revoked these tokens: say why, rather than report a replay.
    if ((await this.users.findById(token.userId))?.disabledAt)
      throw new AuthException('account_disabled', 'this account is disabled; ask an admin');
    if (token.revokedAt) {
      await this.revokeFamily(token.familyId);
      throw new AuthException('refresh_token_reused', 'refresh token reused; every session of this login is revoked');
    }
    if (token.expiresAt.getTime() <= Date.now())
      throw new AuthException('refresh_token_invalid', 'refresh token expired');
    // Conditional update: of two concurrent refreshes with one token, exactly one wins.
    const result = await this.tokens.update({ id: token.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) {
      await this.revokeFamily(token.familyId);
      throw new AuthException('refresh_token_reused', 'refresh token reused; every session of this login is revoked');
    }
    const user = await this.users.findById(token.userId);
    if (!user) throw new AuthException('refresh_token_invalid', 'user no longer exists');
    return this.issue(user, token.familyId);
  }

  async logout(rawToken: string | undefined): Promise<void> {
    if (!rawToken) return;
    const token = await this.tokens.findOneBy({ tokenHash: hashRefreshToken(rawToken) });
    if (token) await this.revokeFamily(token.familyId);
  }

  /**
   * Verifies the token, then checks the account's current state (AccountStateCache, invalidated on
   * every change): a disabled or deleted account is refused, and the role is the one stored now (a
   * demotion applies to the next request, not when the token expires). See docs/admin.md. An
   * interview-session token keeps its session and its candidate role: inside a session it is one.
   */
  async authenticate(token: string): Promise<AuthPrincipal> {
    const principal = await this.verifyAccessToken(token);
    const state = await this.accounts.get(principal.userId);
    if (!state || state.disabledAt) throw new AuthException('unauthorized', 'this session is no longer valid');
    if (principal.session) return principal;
    return { userId: principal.userId, role: state.role };
  }

  /** Revokes every refresh token of a user (all their logins). */
  async revokeAllSessions(userId: string): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Verifies signature, expiry and shape only; `authenticate` adds the account check. */
  async verifyAccessToken(token: string): Promise<AuthPrincipal> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new AuthException('unauthorized', 'invalid or expired access token');
    }
    if (typeof claims.sub !== 'string' || !(ROLES as readonly string[]).includes(claims.role)) {
      throw new AuthException('unauthorized', 'invalid access token');
    }
    if (claims.sid !== undefined) {
      if (typeof claims.sid !== 'string' || typeof claims.iv !== 'number')
        throw new AuthException('unauthorized', 'invalid access token');
      return { userId: claims.sub, role: claims.role, session: { id: claims.sid, inviteVersion: claims.iv } };
    }
    return { userId: claims.sub, role: claims.role };
  }

  /**
   * A token scoped to one interview session (the guard lets it reach only that session's candidate
   * routes). Role is always candidate, whatever the account's role: inside a session it is one.
   */
  async issueSessionToken(
    userId: string,
    sessionId: string,
    inviteVersion: number,
    ttlSeconds: number,
  ): Promise<string> {
    const claims: AccessClaims = { sub: userId, role: 'candidate', sid: sessionId, iv: inviteVersion };
    return this.jwt.signAsync(claims, { expiresIn: ttlSeconds, algorithm: 'HS256' });
  }

  private async issue(user: UserEntity, familyId: string): Promise<IssuedSession> {
    const expiresIn = this.config.get('ACCESS_TOKEN_TTL_SECONDS');
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies AccessClaims, {
      expiresIn,
      algorithm: 'HS256',
    });
    const refreshToken = newRefreshToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.get('REFRESH_TOKEN_TTL_SECONDS') * 1000);
    await this.tokens.insert({
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: refreshExpiresAt,
      revokedAt: null,
    });
    return { body: { accessToken, expiresIn, user: UsersService.toDto(user) }, refreshToken, refreshExpiresAt };
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
