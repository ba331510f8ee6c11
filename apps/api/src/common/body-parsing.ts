import { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isUtf8 } from 'node:buffer';
import { DomainException } from '@tryout/server-common';
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
      if (!isUtf8(buf))
        throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, type: 'invalid_encoding' });
    },
  });
  return [requireJson, json, rejectPrototypeKeys];
}

/** `__proto__` survives JSON.parse as an own key and then vanishes in class-transformer, dodging `whitelist`. */
function rejectPrototypeKeys(req: Request, _res: Response, next: NextFunction): void {
  const seen = new Set<unknown>();
  const walk = (value: unknown): boolean => {
    if (!value || typeof value !== 'object' || seen.has(value)) return false;
    seen.add(value);
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return true;
    return Object.values(value as Record<string, unknown>).some(walk);
  };
  if (walk(req.body)) {
    next(
      new DomainException('validation_failed', 'request failed validation', [
        { field: '__proto__', errors: ['property __proto__ should not exist'] },
      ]),
    );
    return;
  }
  next();
}

/** Express error middleware for the parsers above. */
export function bodyErrorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  sendError(err, req as AuthedRequest, res, logger);
}
