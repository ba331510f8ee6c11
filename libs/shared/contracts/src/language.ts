export const LANGUAGE_IDS = [
  'python',
  'javascript',
  'typescript',
  'java',
  'c',
  'cpp',
  'go',
  'rust',
  'csharp',
  'ruby',
  'kotlin',
  'scala',
] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

/** Languages whose function-problem harness the judge generates. */
export const FUNCTION_LANGUAGE_IDS = [
  'python',
  'javascript',
  'typescript',
  'java',
  'cpp',
  'go',
  'kotlin',
  'scala',
] as const;
export type FunctionLanguageId = (typeof FUNCTION_LANGUAGE_IDS)[number];

export interface LanguageInfo {
  id: LanguageId;
  name: string;
  /** File extensions, first is the canonical one. */
  extensions: string[];
  /** Editor mode hint for the web client. */
  editorMode: string;
  supportsFunctions: boolean;
}

export const LANGUAGES: Record<LanguageId, LanguageInfo> = {
  python: { id: 'python', name: 'Python 3', extensions: ['.py'], editorMode: 'python', supportsFunctions: true },
  javascript: {
    id: 'javascript',
    name: 'JavaScript (Node.js)',
    extensions: ['.js', '.mjs', '.cjs'],
    editorMode: 'javascript',
    supportsFunctions: true,
  },
  typescript: {
    id: 'typescript',
    name: 'TypeScript',
    extensions: ['.ts'],
    editorMode: 'typescript',
    supportsFunctions: true,
  },
  java: { id: 'java', name: 'Java', extensions: ['.java'], editorMode: 'java', supportsFunctions: true },
  c: { id: 'c', name: 'C', extensions: ['.c'], editorMode: 'c', supportsFunctions: false },
  cpp: {
    id: 'cpp',
    name: 'C++',
    extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp'],
    editorMode: 'cpp',
    supportsFunctions: true,
  },
  go: { id: 'go', name: 'Go', extensions: ['.go'], editorMode: 'go', supportsFunctions: true },
  rust: { id: 'rust', name: 'Rust', extensions: ['.rs'], editorMode: 'rust', supportsFunctions: false },
  csharp: { id: 'csharp', name: 'C#', extensions: ['.cs'], editorMode: 'csharp', supportsFunctions: false },
  ruby: { id: 'ruby', name: 'Ruby', extensions: ['.rb'], editorMode: 'ruby', supportsFunctions: false },
  kotlin: { id: 'kotlin', name: 'Kotlin', extensions: ['.kt'], editorMode: 'kotlin', supportsFunctions: true },
  scala: { id: 'scala', name: 'Scala', extensions: ['.scala'], editorMode: 'scala', supportsFunctions: true },
};

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value);
}

export function languageFromFileName(fileName: string): LanguageId | undefined {
  const lower = fileName.toLowerCase();
  return LANGUAGE_IDS.find((id) => LANGUAGES[id].extensions.some((ext) => lower.endsWith(ext)));
}
