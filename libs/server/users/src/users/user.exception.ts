import { DomainException } from '@tryout/server-common';

export type UserExceptionCode = 'email_taken' | 'invalid_credentials' | 'not_found' | 'validation_failed';

export class UserException extends DomainException {
  constructor(code: UserExceptionCode, message: string) {
    super(code, message);
  }
}
