import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITOR_SETTINGS, editorSettingsFrom, sameEditorSettings } from './editor-settings';

describe('editorSettingsFrom (settings read back from localStorage)', () => {
  it('keeps valid settings as they are', () => {
    const vim = { fontSize: 20, tabSize: 2, indentWithTabs: true, keyBindings: 'vim' as const };
    expect(editorSettingsFrom(vim)).toEqual(vim);
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    expect(
      editorSettingsFrom({ fontSize: 99, tabSize: 2.5, indentWithTabs: 'yes', keyBindings: 'emacs', extra: 1 }),
    ).toEqual({ ...DEFAULT_EDITOR_SETTINGS, keyBindings: 'emacs' });
    expect(editorSettingsFrom({ fontSize: 10, tabSize: 8, keyBindings: 'nano' })).toEqual({
      ...DEFAULT_EDITOR_SETTINGS,
      fontSize: 10,
      tabSize: 8,
    });
  });

  it('answers the defaults for anything that is not an object', () => {
    for (const junk of [null, undefined, 'vim', 14, []])
      expect(editorSettingsFrom(junk)).toEqual(DEFAULT_EDITOR_SETTINGS);
  });

  it('compares settings field by field', () => {
    expect(sameEditorSettings(DEFAULT_EDITOR_SETTINGS, { ...DEFAULT_EDITOR_SETTINGS })).toBe(true);
    expect(sameEditorSettings(DEFAULT_EDITOR_SETTINGS, { ...DEFAULT_EDITOR_SETTINGS, tabSize: 2 })).toBe(false);
  });
});
