import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { displayNameError, emailError, newPasswordError, serverFieldErrors } from './auth-validation.util';

describe('auth form validation', () => {
  it('flags an empty or malformed e-mail in plain words', () => {
    expect(emailError('')).toBe('Enter your e-mail address.');
    expect(emailError('   ')).toBe('Enter your e-mail address.');
    expect(emailError('not-an-email')).toBe('Enter an e-mail address like name@example.com.');
    expect(emailError('a@b')).toBe('Enter an e-mail address like name@example.com.');
    expect(emailError(' ada@example.com ')).toBeUndefined();
  });

  it('checks passwords and display names', () => {
    expect(newPasswordError('short')).toMatch(/^Use at least \d+ characters\.$/);
    expect(newPasswordError('a long enough password')).toBeUndefined();
    expect(displayNameError(' ')).toBe('Enter a display name.');
    expect(displayNameError('<b>')).toMatch(/may not contain/);
    expect(displayNameError('Ada')).toBeUndefined();
  });

  it("turns the server's validator strings into plain field messages", () => {
    const error = new ApiError(400, 'validation_failed', 'request failed validation', [
      { field: 'email', errors: ['email must be an email'] },
      { field: 'other', errors: ['x'] },
    ]);
    expect(serverFieldErrors(error)).toEqual({ email: 'Enter an e-mail address like name@example.com.' });
    expect(serverFieldErrors(new ApiError(409, 'email_taken', 'taken'))).toEqual({});
  });
});
