import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@tryout/contracts';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Request } from 'express';

export const IS_PUBLIC_KEY = 'tryout:public';
export const ROLES_KEY = 'tryout:roles';

/** Opens a route to anonymous callers. Everything else needs a valid access token (global AuthGuard). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

export const SESSION_SCOPED_KEY = 'tryout:session-scoped';

/**
 * A candidate route of an interview session: only interview-session tokens reach it (and such
 * tokens reach nothing else; on public routes they count as anonymous).
 */
export const SessionScoped = () => SetMetadata(SESSION_SCOPED_KEY, true);

/** Restricts a route to these roles (on top of authentication). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export type AuthedRequest = Request & { user?: AuthPrincipal; id?: string };

/** The verified caller; `undefined` on public routes called anonymously. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthPrincipal | undefined => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().user;
});
