import { DomainException } from '@tryout/server-common';

export type EditorialExceptionCode = 'editorial_not_found' | 'editorial_locked';

export class EditorialException extends DomainException {
  constructor(code: EditorialExceptionCode, message: string) {
    super(code, message);
  }
}
