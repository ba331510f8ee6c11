/**
 * pino's `err` serializer for the api and the worker. The stock one copies every enumerable
 * property, and a TypeORM QueryFailedError carries the query's `parameters` (candidate sources,
 * password hashes) and Postgres' `detail` (the failing row); Postgres' own message can quote a
 * value too (`invalid input syntax for type uuid: "…"`). So errors are rebuilt from an allowlist,
 * and a database error keeps only its SQLSTATE, where it happened and the SQL text (placeholders,
 * never values).
 */
const SAFE_FIELDS = [
  'code',
  'errno',
  'syscall',
  'severity',
  'routine',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
];
const MAX_CAUSE_DEPTH = 3;

type Fields = Record<string, unknown>;

function isDatabaseError(e: Fields): boolean {
  return (
    'parameters' in e ||
    'driverError' in e ||
    e.type === 'QueryFailedError' ||
    e.name === 'QueryFailedError' ||
    (typeof e.severity === 'string' && typeof e.routine === 'string')
  );
}

/** Replaces the stack's header (`Name: message`, the message possibly multi-line) with `header`. */
function restack(stack: unknown, message: unknown, header: string): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const at = typeof message === 'string' && message ? stack.indexOf(message) : -1;
  const frames = at >= 0 ? at + (message as string).length : stack.indexOf('\n    at ');
  return frames < 0 ? header : header + stack.slice(frames);
}

/** Works on a raw Error and on one pino-http has already passed through the stock serializer. */
export function serializeError(err: unknown, depth = 0): unknown {
  if (!err || typeof err !== 'object') return err;
  const e = err as Fields;
  const ctor = (err as { constructor?: { name?: string } }).constructor?.name;
  const type = typeof e.type === 'string' ? e.type : typeof e.name === 'string' ? e.name : (ctor ?? 'Error');
  const out: Fields = { type };
  const driver = e.driverError && typeof e.driverError === 'object' ? (e.driverError as Fields) : undefined;
  for (const key of SAFE_FIELDS) {
    const value = e[key] ?? driver?.[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  let message: string;
  if (isDatabaseError(e)) {
    const code = typeof out.code === 'string' || typeof out.code === 'number' ? ` ${out.code}` : '';
    const constraint = typeof out.constraint === 'string' ? ` (constraint ${out.constraint})` : '';
    message = `database error${code}${constraint}`;
    if (typeof e.query === 'string') out.query = e.query;
  } else {
    message = typeof e.message === 'string' ? e.message : String(e.message);
  }
  out.message = message;
  const stack = restack(e.stack, e.message, `${type}: ${message}`);
  if (stack) out.stack = stack;
  if (e.cause !== undefined && depth < MAX_CAUSE_DEPTH) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
