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
  // The SQL packs: StandardSQL here; loadLanguageMode picks the pack's dialect (below).
  sql: () => loadSqlMode('sql', {}),
};

/** lang-sql's dialect per SQL language (both packs name the `sql` editor mode). */
const SQL_DIALECTS: Partial<Record<string, 'PostgreSQL' | 'SQLite'>> = { postgresql: 'PostgreSQL', sqlite: 'SQLite' };

/** lang-sql in a language's dialect, completing the given tables and, after `table.`, their columns. */
function loadSqlMode(language: string, schema: Record<string, string[]>): Promise<Extension> {
  return import('@codemirror/lang-sql').then((m) =>
    m.sql({ dialect: m[SQL_DIALECTS[language] ?? 'StandardSQL'], schema, upperCaseKeywords: true }),
  );
}

/** The editor modes the web can load (a test checks every pack names one of them). */
export const EDITOR_MODES = Object.keys(MODE_LOADERS);

const cache = new Map<string, Promise<Extension>>();

/**
 * The editor mode of a language. A SQL language edits in its own dialect; with `sqlSchema` (a SQL
 * problem's tables → columns) it completes those names too; SQL modes are built per call, not cached.
 */
export function loadLanguageMode(language: LanguageId, sqlSchema?: Record<string, string[]>): Promise<Extension> {
  const editorMode = LANGUAGES[language].editorMode;
  if (editorMode === 'sql') return loadSqlMode(language, sqlSchema ?? {});
  let mode = cache.get(editorMode);
  if (!mode) {
    const loader = MODE_LOADERS[editorMode] as (() => Promise<Extension>) | undefined;
    mode = loader ? loader() : Promise.resolve([]);
    cache.set(editorMode, mode);
    mode.catch(() => cache.delete(editorMode));
  }
  return mode;
}
