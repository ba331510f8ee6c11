import { DomainException } from '@tryout/server-common';

export type ProblemExceptionCode = 'problem_not_found' | 'list_not_found' | 'validation_failed';

export class ProblemException extends DomainException {
  constructor(code: ProblemExceptionCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
