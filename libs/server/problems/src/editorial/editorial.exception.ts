import { DomainException } from '@tryout/server-common';

/** A locked editorial is an answer (EditorialLockedDto), not an error. */
export type EditorialExceptionCode = 'editorial_not_found';

export class EditorialException extends DomainException {
  constructor(code: EditorialExceptionCode, message: string) {
    super(code, message);
  }
}
