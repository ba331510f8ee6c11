import { cPack } from './c/c.pack';
import { cppPack } from './cpp/cpp.pack';
import { csharpPack } from './csharp/csharp.pack';
import { elixirPack } from './elixir/elixir.pack';
import { goPack } from './go/go.pack';
import { javaPack } from './java/java.pack';
import { javascriptPack } from './javascript/javascript.pack';
import { kotlinPack } from './kotlin/kotlin.pack';
import type { FunctionSupport, LanguagePack, ValidatorToolchain } from './language-pack';
import { phpPack } from './php/php.pack';
import { postgresqlPack } from './postgresql/postgresql.pack';
import { pythonPack } from './python/python.pack';
import { rubyPack } from './ruby/ruby.pack';
import { rustPack } from './rust/rust.pack';
import { scalaPack } from './scala/scala.pack';
import { sqlitePack } from './sqlite/sqlite.pack';
import { typescriptPack } from './typescript/typescript.pack';

/**
 * Every language the platform runs, in the order people see them. Adding a language is a folder
 * with its pack plus docker/runners/<id>/ (docs/languages.md, "How to add a language").
 */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [
  pythonPack,
  javascriptPack,
  typescriptPack,
  javaPack,
  cPack,
  cppPack,
  goPack,
  rustPack,
  csharpPack,
  rubyPack,
  kotlinPack,
  scalaPack,
  phpPack,
  elixirPack,
  postgresqlPack,
  sqlitePack,
];

const BY_ID = new Map(LANGUAGE_PACKS.map((p) => [p.id, p]));

/** The pack of a language id the caller has validated (contracts' isLanguageId); throws otherwise. */
export function languagePack(id: string): LanguagePack {
  const pack = BY_ID.get(id);
  if (!pack) throw new Error(`unknown language ${JSON.stringify(id)}`);
  return pack;
}

export function findLanguagePack(id: string): LanguagePack | undefined {
  return BY_ID.get(id);
}

/** A pack's function-problem support; throws when the language has none. */
export function functionSupport(id: string): FunctionSupport {
  const support = languagePack(id).function;
  if (!support) throw new Error(`${id} has no function harness`);
  return support;
}

/** A pack's validator toolchain; throws when the platform cannot build validators in it. */
export function validatorToolchain(id: string): ValidatorToolchain {
  const toolchain = languagePack(id).validator;
  if (!toolchain) throw new Error(`${id} cannot build output validators`);
  return toolchain;
}

export const RUNNER_IMAGE_PREFIX = 'tryout-runner-';

/** The runner image of a language, built by scripts/build-images.sh from docker/runners/<id>/. */
export function runnerImage(id: string): string {
  return `${RUNNER_IMAGE_PREFIX}${id}`;
}
