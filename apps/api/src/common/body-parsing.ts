import { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isUtf8 } from 'node:buffer';
import type { AuthedRequest } from './auth.decorators';
import { sendError } from './api-exception.filter';

const logger = new Logger('HTTP');

/**
 * JSON bodies only, capped, and valid UTF-8 (body-parser would otherwise replace bad bytes
 * silently). Errors are answered here with the same body as the exception filter, since they
 * happen before Nest's routing.
 */
export function bodyParsing(limitBytes: number): express.RequestHandler[] {
  const requireJson = (req: Request, _res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && ['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
      next(Object.assign(new Error('unsupported media type'), { type: 'unsupported_media_type' }));
      return;
    }
    next();
  };
  const json = express.json({
    limit: limitBytes,
    strict: true,
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf)) throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, type: 'invalid_encoding' });
    },
  });
  return [requireJson, json];
}

/** Express error middleware for the parsers above. */
export function bodyErrorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  sendError(err, req as AuthedRequest, res, logger);
}
