import { HttpException, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES } from '@tryout/contracts';
import { DomainException } from '@tryout/server-common';
import { describe, expect, it } from 'vitest';
import { STATUS_BY_CODE, mapError } from './error-body.util';

describe('mapError', () => {
  it('maps every contract code to a 4xx/5xx status', () => {
    for (const code of API_ERROR_CODES) expect(STATUS_BY_CODE[code], code).toBeGreaterThanOrEqual(400);
  });
  it('keeps a domain error’s code, details and Retry-After', () => {
    const m = mapError(new DomainException('too_many_queued', 'wait', { cap: 5 }, 5), 'req-1');
    expect(m).toMatchObject({ status: 429, retryAfterSeconds: 5, unexpected: false });
    expect(m.body).toEqual({
      statusCode: 429,
      code: 'too_many_queued',
      message: 'wait',
      details: { cap: 5 },
      requestId: 'req-1',
    });
  });
  it('names body-parser failures', () => {
    expect(mapError(Object.assign(new SyntaxError('x'), { type: 'entity.parse.failed', status: 400 })).body.code).toBe(
      'malformed_json',
    );
    expect(mapError(Object.assign(new Error('x'), { type: 'entity.too.large', status: 413 })).status).toBe(413);
    expect(mapError(Object.assign(new Error('x'), { type: 'invalid_encoding' })).body.code).toBe('invalid_encoding');
  });
  it('says how large a refused body was and what the limit is, in KB/MB', () => {
    const tooLarge = (extra: object) =>
      mapError(Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 }, extra))
        .body;
    expect(tooLarge({ limit: 1024 * 1024, length: 1_153_434 })).toMatchObject({
      code: 'payload_too_large',
      message: 'request body is 1.1 MB; the API accepts at most 1 MB',
    });
    expect(tooLarge({ limit: 1024 * 1024 }).message).toBe('request body is over the 1 MB the API accepts');
  });
  it('turns unknown routes and unexpected errors into stable codes without leaking messages', () => {
    expect(mapError(new NotFoundException('Cannot GET /api/x')).body.code).toBe('route_not_found');
    const boom = mapError(new Error('password=hunter2 in a stack'));
    expect(boom).toMatchObject({
      status: 500,
      unexpected: true,
      body: { code: 'internal_error', message: 'internal error' },
    });
    expect(mapError(new HttpException('teapot', 418)).body.code).toBe('validation_failed');
  });
});
