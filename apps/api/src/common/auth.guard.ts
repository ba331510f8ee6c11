import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@tryout/contracts';
import { AuthException, AuthService } from '@tryout/server-users';
import { IS_PUBLIC_KEY, ROLES_KEY, SESSION_SCOPED_KEY, type AuthedRequest } from './auth.decorators';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(). On public routes a
 * token is still read (for per-caller flags) but a bad one is ignored, never an error.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) ?? false;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      try {
        req.user = await this.auth.authenticate(header.slice('Bearer '.length).trim());
      } catch (err) {
        if (!isPublic) throw err;
      }
    }
    const sessionScoped = this.reflector.getAllAndOverride<boolean>(SESSION_SCOPED_KEY, targets) ?? false;
    // An interview-session token reaches its session's candidate routes only.
    if (req.user?.session && !sessionScoped) {
      if (isPublic) req.user = undefined;
      else throw new AuthException('forbidden', 'this token is valid only inside its interview session');
    }
    if (isPublic) return true;
    if (!req.user) throw new AuthException('unauthorized', 'authentication required');
    if (sessionScoped && !req.user.session)
      throw new AuthException('forbidden', 'open the interview through its invite link');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(req.user.role)) throw new AuthException('forbidden', 'your role may not do this');
    return true;
  }
}
