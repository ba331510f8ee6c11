/** Key bindings the code editor offers (Vim and Emacs from the @replit CodeMirror packages). */
export const KEY_BINDINGS = ['default', 'vim', 'emacs'] as const;
export type KeyBindings = (typeof KEY_BINDINGS)[number];

/** Ranges the API accepts and the settings dialog offers. */
export const EDITOR_FONT_SIZE = { min: 10, max: 28 } as const;
export const EDITOR_TAB_SIZE = { min: 1, max: 8 } as const;

/** PUT /api/me/editor-settings → 200 EditorSettingsDto. Every field is required (the whole set is replaced). */
export interface EditorSettings {
  /** Pixels. */
  fontSize: number;
  /** Columns a tab stands for, and the indent width when indenting with spaces. */
  tabSize: number;
  /** Indent with a tab character instead of `tabSize` spaces. */
  indentWithTabs: boolean;
  keyBindings: KeyBindings;
}
export type PutEditorSettingsRequest = EditorSettings;

/** GET /api/me/editor-settings → the caller's settings; the defaults with `updatedAt: null` when never saved. */
export interface EditorSettingsDto extends EditorSettings {
  updatedAt: string | null;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = {
  fontSize: 14,
  tabSize: 4,
  indentWithTabs: false,
  keyBindings: 'default',
};

const inRange = (value: unknown, range: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;

/** Settings from an untrusted store (localStorage): each valid field kept, each other one the default. */
export function editorSettingsFrom(value: unknown): EditorSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    fontSize: inRange(v.fontSize, EDITOR_FONT_SIZE) ? v.fontSize : DEFAULT_EDITOR_SETTINGS.fontSize,
    tabSize: inRange(v.tabSize, EDITOR_TAB_SIZE) ? v.tabSize : DEFAULT_EDITOR_SETTINGS.tabSize,
    indentWithTabs: typeof v.indentWithTabs === 'boolean' ? v.indentWithTabs : DEFAULT_EDITOR_SETTINGS.indentWithTabs,
    keyBindings: (KEY_BINDINGS as readonly unknown[]).includes(v.keyBindings)
      ? (v.keyBindings as KeyBindings)
      : DEFAULT_EDITOR_SETTINGS.keyBindings,
  };
}

export function sameEditorSettings(a: EditorSettings, b: EditorSettings): boolean {
  return (
    a.fontSize === b.fontSize &&
    a.tabSize === b.tabSize &&
    a.indentWithTabs === b.indentWithTabs &&
    a.keyBindings === b.keyBindings
  );
}
