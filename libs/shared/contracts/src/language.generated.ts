// Generated from libs/languages (one pack per language) by `npm run tryout -- languages generate`.
// Do not edit: change the pack and regenerate.

export const LANGUAGE_IDS = ['python', 'javascript', 'typescript', 'java', 'c', 'cpp', 'go', 'rust', 'csharp', 'ruby', 'kotlin', 'scala', 'php', 'elixir', 'postgresql', 'sqlite'] as const;

/** Languages whose function-problem harness the judge generates. */
export const FUNCTION_LANGUAGE_IDS = ['python', 'javascript', 'typescript', 'java', 'c', 'cpp', 'go', 'rust', 'csharp', 'ruby', 'kotlin', 'scala', 'php', 'elixir'] as const;

/** Languages offered for stdio problems (every code language). */
export const STDIO_LANGUAGE_IDS = ['python', 'javascript', 'typescript', 'java', 'c', 'cpp', 'go', 'rust', 'csharp', 'ruby', 'kotlin', 'scala', 'php', 'elixir'] as const;

/** SQL dialects: the languages offered for sql problems (a problem offers some of them). */
export const SQL_LANGUAGE_IDS = ['postgresql', 'sqlite'] as const;

/** Languages the platform builds custom output validators in. */
export const VALIDATOR_LANGUAGE_IDS = ['python', 'c', 'cpp', 'php', 'elixir'] as const;

export const LANGUAGE_FACTS = {
  python: { name: 'Python 3', extensions: ['.py'], editorMode: 'python', timeMultiplier: 3 },
  javascript: { name: 'JavaScript (Node.js)', extensions: ['.js', '.mjs', '.cjs'], editorMode: 'javascript', timeMultiplier: 2 },
  typescript: { name: 'TypeScript', extensions: ['.ts'], editorMode: 'typescript', timeMultiplier: 2 },
  java: { name: 'Java', extensions: ['.java'], editorMode: 'java', timeMultiplier: 2 },
  c: { name: 'C', extensions: ['.c'], editorMode: 'c', timeMultiplier: 1 },
  cpp: { name: 'C++', extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp'], editorMode: 'cpp', timeMultiplier: 1 },
  go: { name: 'Go', extensions: ['.go'], editorMode: 'go', timeMultiplier: 1.5 },
  rust: { name: 'Rust', extensions: ['.rs'], editorMode: 'rust', timeMultiplier: 1 },
  csharp: { name: 'C#', extensions: ['.cs'], editorMode: 'csharp', timeMultiplier: 2 },
  ruby: { name: 'Ruby', extensions: ['.rb'], editorMode: 'ruby', timeMultiplier: 3 },
  kotlin: { name: 'Kotlin', extensions: ['.kt'], editorMode: 'kotlin', timeMultiplier: 2 },
  scala: { name: 'Scala', extensions: ['.scala'], editorMode: 'scala', timeMultiplier: 2 },
  php: { name: 'PHP', extensions: ['.php'], editorMode: 'php', timeMultiplier: 3 },
  elixir: { name: 'Elixir', extensions: ['.ex', '.exs'], editorMode: 'elixir', timeMultiplier: 3 },
  postgresql: { name: 'PostgreSQL 15', extensions: ['.sql'], editorMode: 'sql', timeMultiplier: 1 },
  sqlite: { name: 'SQLite 3', extensions: ['.sql'], editorMode: 'sql', timeMultiplier: 1 },
} as const;
