import { DomainException } from '@tryout/server-common';

export type AuthExceptionCode =
  'unauthorized' | 'forbidden' | 'refresh_token_invalid' | 'refresh_token_reused' | 'account_disabled';

export class AuthException extends DomainException {
  constructor(code: AuthExceptionCode, message: string) {
    super(code, message);
  }
}
