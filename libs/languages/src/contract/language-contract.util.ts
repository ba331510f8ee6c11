import type { LanguagePack } from '../language-pack';
import { LANGUAGE_PACKS } from '../registry';

/** Where the web-facing language facts are generated (repo-relative). */
export const LANGUAGE_CONTRACT_FILE = 'libs/shared/contracts/src/language.generated.ts';

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (items: string[]): string => `[${items.map(quote).join(', ')}]`;

/**
 * The contract the web and the API's DTOs compile against, derived from the packs: the ids, which
 * support function problems and validators, and what the client shows (name, extensions, editor
 * mode). The packs own these facts; this file is their generated copy (checked by a unit test and
 * by `tryout languages generate --check`), so the web does not bundle the packs' generators.
 */
export function renderLanguageContract(packs: readonly LanguagePack[] = LANGUAGE_PACKS): string {
  const facts = packs.map(
    (p) =>
      `  ${p.id}: { name: ${quote(p.name)}, extensions: ${list(p.extensions)}, editorMode: ${quote(p.editorMode)} },`,
  );
  return [
    '// Generated from libs/languages (one pack per language) by `npm run tryout -- languages generate`.',
    '// Do not edit: change the pack and regenerate.',
    '',
    `export const LANGUAGE_IDS = ${list(packs.map((p) => p.id))} as const;`,
    '',
    '/** Languages whose function-problem harness the judge generates. */',
    `export const FUNCTION_LANGUAGE_IDS = ${list(packs.filter((p) => p.function).map((p) => p.id))} as const;`,
    '',
    '/** Languages the platform builds custom output validators in. */',
    `export const VALIDATOR_LANGUAGE_IDS = ${list(packs.filter((p) => p.validator).map((p) => p.id))} as const;`,
    '',
    'export const LANGUAGE_FACTS = {',
    ...facts,
    '} as const;',
    '',
  ].join('\n');
}
