import type { LoggerOptions } from 'pino';
import { serializeError } from './error-serializer.util';

/**
 * The pino options both processes log with: one JSON object per line, so text from a request or
 * a candidate (a newline, a forged "accepted") is always an escaped field value, never a line of
 * its own. Errors go through serializeError (no query parameters). Log call sites pass ids and
 * messages as fields: `logger.warn({ submissionId, err }, 'what happened')`.
 */
export function baseLoggerOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: { err: serializeError },
  };
}
