export enum HarnessExceptionCode {
  UnsupportedType = 'unsupported_type',
  InvalidName = 'invalid_name',
  UnsupportedLanguage = 'unsupported_language',
}

/** A signature the generators cannot turn into code (a problem-package error, not the candidate's). */
export class HarnessException extends Error {
  constructor(
    readonly code: HarnessExceptionCode,
    message: string,
  ) {
    super(message);
    this.name = 'HarnessException';
  }
}
