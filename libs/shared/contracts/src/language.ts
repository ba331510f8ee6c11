import {
  FUNCTION_LANGUAGE_IDS,
  LANGUAGE_FACTS,
  LANGUAGE_IDS,
  SQL_LANGUAGE_IDS,
  STDIO_LANGUAGE_IDS,
  VALIDATOR_LANGUAGE_IDS,
} from './language.generated';

// The facts come from the language packs (libs/languages); this is their generated, client-safe part.
export { FUNCTION_LANGUAGE_IDS, LANGUAGE_IDS, SQL_LANGUAGE_IDS, STDIO_LANGUAGE_IDS, VALIDATOR_LANGUAGE_IDS };

export type LanguageId = (typeof LANGUAGE_IDS)[number];
export type FunctionLanguageId = (typeof FUNCTION_LANGUAGE_IDS)[number];
export type ValidatorLanguageId = (typeof VALIDATOR_LANGUAGE_IDS)[number];
export type StdioLanguageId = (typeof STDIO_LANGUAGE_IDS)[number];
/** A SQL dialect (`postgresql`, `sqlite`): the languages of sql problems. */
export type SqlLanguageId = (typeof SQL_LANGUAGE_IDS)[number];

export interface LanguageInfo {
  id: LanguageId;
  name: string;
  /** File extensions, first is the canonical one. */
  extensions: readonly string[];
  /** The web editor's CodeMirror mode. */
  editorMode: string;
  /** CPU time per test in this language: the problem's time limit × this (the judge's rule). */
  timeMultiplier: number;
  supportsFunctions: boolean;
}

export const LANGUAGES = Object.fromEntries(
  LANGUAGE_IDS.map((id): [LanguageId, LanguageInfo] => [
    id,
    { id, ...LANGUAGE_FACTS[id], supportsFunctions: (FUNCTION_LANGUAGE_IDS as readonly string[]).includes(id) },
  ]),
) as Record<LanguageId, LanguageInfo>;

/**
 * The time limit the judge applies in `language` to a problem whose limit is `timeLimitMs`: the
 * judge's sandbox limits, the problem page and the authoring preview all compute it here.
 */
export function languageTimeLimitMs(timeLimitMs: number, language: LanguageId): number {
  return Math.round(timeLimitMs * LANGUAGES[language].timeMultiplier);
}

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value);
}

export function isFunctionLanguage(language: string): language is FunctionLanguageId {
  return (FUNCTION_LANGUAGE_IDS as readonly string[]).includes(language);
}

export function isSqlLanguage(language: string): language is SqlLanguageId {
  return (SQL_LANGUAGE_IDS as readonly string[]).includes(language);
}

export function isStdioLanguage(language: string): language is StdioLanguageId {
  return (STDIO_LANGUAGE_IDS as readonly string[]).includes(language);
}

export function languageFromFileName(fileName: string): LanguageId | undefined {
  const lower = fileName.toLowerCase();
  return LANGUAGE_IDS.find((id) => LANGUAGES[id].extensions.some((ext) => lower.endsWith(ext)));
}
