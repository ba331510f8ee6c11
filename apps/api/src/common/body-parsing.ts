import { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isUtf8 } from 'node:buffer';
import { formatByteSize } from '@tryout/contracts';
import { DomainException } from '@tryout/server-common';
import type { AuthedRequest } from './auth.decorators';
import { sendError } from './api-exception.filter';

const logger = new Logger('HTTP');

/** Deepest nesting of objects and arrays a JSON body may have; no request of ours needs more than a few. */
export const JSON_MAX_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Deepest `{`/`[` nesting in raw JSON bytes, counted iteratively before anything parses or walks the
 * body (recursive walkers overflow the stack on `[[[[…`). UTF-8 continuation bytes are never ASCII,
 * so scanning bytes is exact; stops as soon as `limit` is exceeded.
 */
export function jsonDepthExceeds(buf: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  return false;
}

/**
 * JSON bodies only, capped, and valid UTF-8 (body-parser would otherwise replace bad bytes
 * silently). Errors are answered here with the same body as the exception filter, since they
 * happen before Nest's routing.
 */
export function bodyParsing(limitBytes: number): express.RequestHandler[] {
  const requireJson = (req: Request, _res: Response, next: NextFunction) => {
    // Streamed uploads read their own body (readRawBody), with their own limits.
    if (RAW_BODY_ROUTES.some((r) => r.method === req.method && r.path.test(req.path))) {
      next();
      return;
    }
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
      if (jsonDepthExceeds(buf, JSON_MAX_DEPTH))
        throw Object.assign(new Error(`JSON nests deeper than ${JSON_MAX_DEPTH} levels`), {
          status: 400,
          type: 'json_too_deep',
        });
    },
  });
  return [requireJson, json, rejectPrototypeKeys];
}

/** Routes whose body is a file (test data, a package zip), not JSON. */
export const RAW_BODY_ROUTES: { method: string; path: RegExp }[] = [
  { method: 'PUT', path: /^\/api\/admin\/drafts\/[^/]+\/tests\/[^/]+\/(input|answer)$/ },
  { method: 'POST', path: /^\/api\/admin\/packages$/ },
];

/**
 * Reads a streamed body up to `limitBytes`: past it the request is refused with 413
 * `payload_too_large` as soon as the limit is crossed (nothing more is buffered).
 */
export async function readRawBody(req: Request, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes)
    throw new DomainException('payload_too_large', `the body is larger than ${formatByteSize(limitBytes)}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) {
      req.unpipe();
      req.resume();
      throw new DomainException('payload_too_large', `the body is larger than ${formatByteSize(limitBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
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
