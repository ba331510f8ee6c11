import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import type { LanguageId } from '@tryout/contracts';

/** Each language's editor support is its own chunk, fetched when that language is picked. */
const loaders: Record<LanguageId, () => Promise<Extension>> = {
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
};

const cache = new Map<LanguageId, Promise<Extension>>();

export function loadLanguageMode(language: LanguageId): Promise<Extension> {
  let mode = cache.get(language);
  if (!mode) {
    mode = loaders[language]();
    cache.set(language, mode);
    mode.catch(() => cache.delete(language));
  }
  return mode;
}
