import { DomainException } from '@tryout/server-common';

export type AdminExceptionCode =
  'user_not_found' | 'last_admin' | 'cannot_disable_self' | 'job_not_found' | 'job_not_failed';

export class AdminException extends DomainException {
  constructor(code: AdminExceptionCode, message: string) {
    super(code, message);
  }
}
