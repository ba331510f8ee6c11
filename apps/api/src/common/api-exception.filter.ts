import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthedRequest } from './auth.decorators';
import { mapError } from './error-body.util';

/** The only exception filter: every error leaves as `{statusCode, code, message, details?, requestId}`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<AuthedRequest>();
    const res = http.getResponse<Response>();
    sendError(exception, req, res, this.logger);
  }
}

export function sendError(exception: unknown, req: AuthedRequest, res: Response, logger: Logger): void {
  const mapped = mapError(exception, typeof req.id === 'string' ? req.id : undefined);
  if (mapped.unexpected) logger.error({ err: exception, requestId: req.id }, 'unexpected error');
  if (res.headersSent) {
    // A stream (SSE) already started: all we can do is end it.
    res.end();
    return;
  }
  if (mapped.retryAfterSeconds !== undefined)
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(mapped.retryAfterSeconds))));
  res.status(mapped.status).json(mapped.body);
}
