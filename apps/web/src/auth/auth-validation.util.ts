import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tryout/contracts';
import { ApiError } from '../api/api-error';

export type AuthField = 'email' | 'password' | 'displayName';
export type FieldErrors = Partial<Record<AuthField, string>>;

// Deliberately loose (the server has the final word): something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter your e-mail address.';
  if (!EMAIL.test(value)) return 'Enter an e-mail address like name@example.com.';
  return undefined;
}

export function newPasswordError(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  return undefined;
}

export function displayNameError(name: string): string | undefined {
  if (!name.trim()) return 'Enter a display name.';
  if (/[<>\p{Cc}]/u.test(name)) return 'A display name may not contain < or > or control characters.';
  if (name.length > DISPLAY_NAME_MAX_LENGTH) return `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters.`;
  return undefined;
}

const PLAIN: Record<AuthField, string> = {
  email: 'Enter an e-mail address like name@example.com.',
  password: `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
  displayName: 'Enter a display name without < > or control characters.',
};

/** The server's field errors in plain words, by field; validator wording never reaches people. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return {};
  const out: FieldErrors = {};
  for (const d of error.details as { field?: string }[]) {
    if (d.field === 'email' || d.field === 'password' || d.field === 'displayName') out[d.field] = PLAIN[d.field];
  }
  return out;
}
