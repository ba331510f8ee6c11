/**
 * Editor settings (issue 10): per user, defaults until saved, the whole set replaced by PUT, and
 * bad values refused with 400 validation_failed naming the field — against the real Postgres.
 */
import { DEFAULT_EDITOR_SETTINGS } from '@tryout/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';

const PATH = '/api/me/editor-settings';
const VIM = { fontSize: 18, tabSize: 2, indentWithTabs: true, keyBindings: 'vim' };

describe('editor settings API', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    alice = await t.register('candidate');
    bob = await t.register('candidate');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the defaults, never saved, until the user saves some', async () => {
    const res = await call(t.url, 'GET', PATH, { token: alice.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...DEFAULT_EDITOR_SETTINGS, updatedAt: null });
  });

  it('keeps each user their own settings and replaces the whole set on PUT', async () => {
    const put = await call(t.url, 'PUT', PATH, { token: alice.token, body: VIM });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject(VIM);
    expect(Date.parse(put.body.updatedAt)).not.toBeNaN();

    expect((await call(t.url, 'GET', PATH, { token: alice.token })).body).toMatchObject(VIM);
    // Bob's are untouched.
    expect((await call(t.url, 'GET', PATH, { token: bob.token })).body).toEqual({
      ...DEFAULT_EDITOR_SETTINGS,
      updatedAt: null,
    });

    const emacs = { fontSize: 12, tabSize: 8, indentWithTabs: false, keyBindings: 'emacs' };
    const second = await call(t.url, 'PUT', PATH, { token: alice.token, body: emacs });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject(emacs);
    expect(Date.parse(second.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(put.body.updatedAt));
    expect((await call(t.url, 'GET', PATH, { token: alice.token })).body).toMatchObject(emacs);
  });

  it.each([
    ['a font size below the range', { ...VIM, fontSize: 9 }, 'fontSize'],
    ['a font size above the range', { ...VIM, fontSize: 29 }, 'fontSize'],
    ['a fractional font size', { ...VIM, fontSize: 14.5 }, 'fontSize'],
    ['a font size as a string', { ...VIM, fontSize: '14' }, 'fontSize'],
    ['a tab size of 0', { ...VIM, tabSize: 0 }, 'tabSize'],
    ['a tab size of 9', { ...VIM, tabSize: 9 }, 'tabSize'],
    ['unknown key bindings', { ...VIM, keyBindings: 'nano' }, 'keyBindings'],
    ['indentWithTabs as a string', { ...VIM, indentWithTabs: 'yes' }, 'indentWithTabs'],
    ['a missing field', { fontSize: 14, tabSize: 4, indentWithTabs: false }, 'keyBindings'],
    ['an unknown field', { ...VIM, theme: 'dark' }, 'theme'],
  ])('refuses %s with 400 validation_failed naming the field', async (_what, body, field) => {
    const res = await call(t.url, 'PUT', PATH, { token: bob.token, body });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    // Nothing was stored.
    expect((await call(t.url, 'GET', PATH, { token: bob.token })).body.updatedAt).toBeNull();
  });

  it('is for signed-in users only', async () => {
    expect((await call(t.url, 'GET', PATH)).status).toBe(401);
    expect((await call(t.url, 'PUT', PATH, { body: VIM })).status).toBe(401);
  });
});
