import { stdSerializers } from 'pino';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { serializeError } from './error-serializer.util';

/** TypeORM's own error, as a failed query throws it (the driver error's fields are copied onto it). */
function queryFailed(): Error {
  const driverError = Object.assign(new Error('invalid input syntax for type uuid: "secret\nvalue"'), {
    code: '22P02',
    severity: 'ERROR',
    routine: 'string_to_uuid',
    detail: 'Failing row contains (secret)',
  });
  return new QueryFailedError('SELECT * FROM "submissions" WHERE "id" = $1', ['secret\nvalue'], driverError);
}

describe('serializeError', () => {
  it('keeps a database error to its SQLSTATE, table and SQL text: no parameters, detail or quoted value', () => {
    for (const input of [queryFailed(), stdSerializers.err(queryFailed())]) {
      const out = serializeError(input) as Record<string, unknown>;
      expect(out).toMatchObject({ type: 'QueryFailedError', code: '22P02', message: 'database error 22P02' });
      expect(out.query).toBe('SELECT * FROM "submissions" WHERE "id" = $1');
      expect(String(out.stack)).toMatch(/^QueryFailedError: database error 22P02\n {4}at /);
      expect(JSON.stringify(out)).not.toContain('secret');
    }
  });

  it('keeps an ordinary error whole, with its cause, and never copies arbitrary properties', () => {
    const err = Object.assign(new Error('boom', { cause: new Error('root') }), { code: 'E1', token: 'hunter2' });
    const out = serializeError(err) as Record<string, unknown>;
    expect(out).toMatchObject({ type: 'Error', message: 'boom', code: 'E1', cause: { message: 'root' } });
    expect(JSON.stringify(out)).not.toContain('hunter2');
  });
});
