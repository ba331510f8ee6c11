export const ProblemPackageExceptionCode = {
  /** The folder is not a problem package (no problem.yaml, unreadable). */
  NotFound: 'PROBLEM_PACKAGE_NOT_FOUND',
  /** The package breaks the format (bad YAML, unknown type, bad signature...). */
  Invalid: 'PROBLEM_PACKAGE_INVALID',
  /** A valid Kattis feature we do not judge yet (interactive, scoring, ...): never judged wrongly. */
  Unsupported: 'PROBLEM_PACKAGE_UNSUPPORTED',
} as const;
export type ProblemPackageExceptionCode =
  (typeof ProblemPackageExceptionCode)[keyof typeof ProblemPackageExceptionCode];

export class ProblemPackageException extends Error {
  constructor(
    readonly code: ProblemPackageExceptionCode,
    message: string,
    readonly dir?: string,
  ) {
    super(dir ? `${dir}: ${message}` : message);
    this.name = 'ProblemPackageException';
  }
}
