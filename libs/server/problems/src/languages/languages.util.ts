import type { LanguageDto, LanguageId } from '@tryout/contracts';
import { LANGUAGE_PACKS } from '@tryout/languages';

/**
 * GET /api/languages from the language packs; `versions` are the runner images' own
 * (readRunnerVersions), null for a language whose image is not built.
 */
export function listLanguages(versions: ReadonlyMap<string, string>): LanguageDto[] {
  return LANGUAGE_PACKS.map((pack) => ({
    id: pack.id as LanguageId,
    name: pack.name,
    version: versions.get(pack.id) ?? null,
    supportsFunctions: pack.function !== undefined,
    extensions: pack.extensions,
    editorMode: pack.editorMode,
  }));
}
