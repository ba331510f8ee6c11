import { DomainException } from '@tryout/server-common';

export type QuizExceptionCode = 'quiz_not_found' | 'quiz_question_not_found' | 'quiz_answer_invalid';

export class QuizException extends DomainException {
  constructor(code: QuizExceptionCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
