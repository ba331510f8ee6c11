import * as argon2 from 'argon2';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, t=2, p=1): tens of milliseconds per hash on
 * one core, so a 2-core API is not starved by logins. Parameters live in each hash, so raising them
 * later keeps old hashes verifiable.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 });
}

// Verified against when the e-mail is unknown, so a miss costs as much as a hit (no user enumeration by timing).
let dummyHash: Promise<string> | undefined;

/** argon2.verify compares in constant time; unknown users still pay for one verification. */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('tryout-dummy-password-for-timing');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
