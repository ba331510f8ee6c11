import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { LANGUAGES, type LanguageId } from '@tryout/contracts';

/**
 * The CodeMirror support behind each editor mode a language pack may name (its `editorMode`), each
 * its own chunk, fetched when a language using it is picked. A mode no loader knows edits as plain text.
 */
const MODE_LOADERS: Record<string, () => Promise<Extension>> = {
  python: () => import('@codemirror/lang-python').then((m) => m.python()),
  javascript: () => import('@codemirror/lang-javascript').then((m) => m.javascript()),
  typescript: () => import('@codemirror/lang-javascript').then((m) => m.javascript({ typescript: true })),
  java: () => import('@codemirror/lang-java').then((m) => m.java()),
  c: () => import('@codemirror/lang-cpp').then((m) => m.cpp()),
  cpp: () => import('@codemirror/lang-cpp').then((m) => m.cpp()),
  go: () => import('@codemirror/lang-go').then((m) => m.go()),
  rust: () => import('@codemirror/lang-rust').then((m) => m.rust()),
  // @codemirror/language is in the editor's chunk already; only the legacy modes load lazily.
  csharp: () => import('@codemirror/legacy-modes/mode/clike').then((m) => StreamLanguage.define(m.csharp)),
  ruby: () => import('@codemirror/legacy-modes/mode/ruby').then((m) => StreamLanguage.define(m.ruby)),
  kotlin: () => import('@codemirror/legacy-modes/mode/clike').then((m) => StreamLanguage.define(m.kotlin)),
  scala: () => import('@codemirror/legacy-modes/mode/clike').then((m) => StreamLanguage.define(m.scala)),
  php: () => import('@codemirror/lang-php').then((m) => m.php({ plain: true })),
  // CodeMirror has no Elixir mode; Ruby's highlights the same do/end blocks, atoms, strings and comments.
  elixir: () => import('@codemirror/legacy-modes/mode/ruby').then((m) => StreamLanguage.define(m.ruby)),
};

/** The editor modes the web can load (a test checks every pack names one of them). */
export const EDITOR_MODES = Object.keys(MODE_LOADERS);

const cache = new Map<string, Promise<Extension>>();

export function loadLanguageMode(language: LanguageId): Promise<Extension> {
  const editorMode = LANGUAGES[language].editorMode;
  let mode = cache.get(editorMode);
  if (!mode) {
    const loader = MODE_LOADERS[editorMode] as (() => Promise<Extension>) | undefined;
    mode = loader ? loader() : Promise.resolve([]);
    cache.set(editorMode, mode);
    mode.catch(() => cache.delete(editorMode));
  }
  return mode;
}
