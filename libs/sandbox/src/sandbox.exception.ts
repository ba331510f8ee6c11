export enum SandboxExceptionCode {
  /** The engine or the runner image is unavailable; ours, retry later. */
  Unavailable = 'SANDBOX_UNAVAILABLE',
  /** A job the driver refuses (unsafe path, empty argv): a bug in the caller. */
  InvalidJob = 'SANDBOX_INVALID_JOB',
  /** The supervisor broke protocol or vanished. */
  Protocol = 'SANDBOX_PROTOCOL',
  Closed = 'SANDBOX_CLOSED',
}

export class SandboxException extends Error {
  constructor(
    readonly code: SandboxExceptionCode,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxException';
  }
}
