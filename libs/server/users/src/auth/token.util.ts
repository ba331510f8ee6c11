import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored: a database leak yields no usable token. Lookup by hash is an index hit. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
