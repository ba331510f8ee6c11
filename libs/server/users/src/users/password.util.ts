import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3): the OWASP-recommended family. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
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
