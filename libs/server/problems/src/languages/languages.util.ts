import type { LanguageDto, LanguageId } from '@tryout/contracts';
import { LANGUAGE_PACKS } from '@tryout/languages';

/** Toolchains of the runner images (Debian bookworm packages, see docker/runners/<id>/). */
const VERSIONS: Record<LanguageId, string> = {
  python: 'Python 3.11',
  javascript: 'Node.js 18',
  typescript: 'TypeScript 5 on Node.js 18',
  java: 'OpenJDK 17',
  c: 'GCC 12 (C17)',
  cpp: 'GCC 12 (C++17)',
  go: 'Go 1.19',
  rust: 'Rust 1.63',
  csharp: 'Mono 6.8 (C# 7)',
  ruby: 'Ruby 3.1',
  php: 'PHP 8.2',
  elixir: 'Elixir 1.14 (Erlang/OTP 25)',
};

export function listLanguages(): LanguageDto[] {
  return LANGUAGE_PACKS.map((pack) => ({
    id: pack.id as LanguageId,
    name: pack.name,
    version: VERSIONS[pack.id as LanguageId],
    supportsFunctions: pack.function !== undefined,
    extensions: pack.extensions,
    editorMode: pack.editorMode,
  }));
}
