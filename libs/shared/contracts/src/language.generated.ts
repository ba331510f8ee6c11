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
  python: { name: 'Python 3', extensions: ['.py'], editorMode: 'python' },
  javascript: { name: 'JavaScript (Node.js)', extensions: ['.js', '.mjs', '.cjs'], editorMode: 'javascript' },
  typescript: { name: 'TypeScript', extensions: ['.ts'], editorMode: 'typescript' },
  java: { name: 'Java', extensions: ['.java'], editorMode: 'java' },
  c: { name: 'C', extensions: ['.c'], editorMode: 'c' },
  cpp: { name: 'C++', extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp'], editorMode: 'cpp' },
  go: { name: 'Go', extensions: ['.go'], editorMode: 'go' },
  rust: { name: 'Rust', extensions: ['.rs'], editorMode: 'rust' },
  csharp: { name: 'C#', extensions: ['.cs'], editorMode: 'csharp' },
  ruby: { name: 'Ruby', extensions: ['.rb'], editorMode: 'ruby' },
  kotlin: { name: 'Kotlin', extensions: ['.kt'], editorMode: 'kotlin' },
  scala: { name: 'Scala', extensions: ['.scala'], editorMode: 'scala' },
  php: { name: 'PHP', extensions: ['.php'], editorMode: 'php' },
  elixir: { name: 'Elixir', extensions: ['.ex', '.exs'], editorMode: 'elixir' },
  postgresql: { name: 'PostgreSQL 15', extensions: ['.sql'], editorMode: 'sql' },
  sqlite: { name: 'SQLite 3', extensions: ['.sql'], editorMode: 'sql' },
} as const;
