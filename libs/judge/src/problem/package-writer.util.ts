import { LANGUAGES, type LanguageId } from '@tryout/contracts';
import { stringify as stringifyYaml } from 'yaml';
import { EDITORIAL_FILE, HINTS_FILE } from './hints.util';
import type { ProblemPackage } from './problem-package';

/**
 * A package as files (path → UTF-8 text) in our format, so that loading them gives back the same
 * judgeable data: tests byte for byte under their names, limits (a derived time limit is left out,
 * as in the source package: import derives it again), checking, signature, solutions, validator,
 * statement, editorial, hints and starters. `tryout import` and `tryout verify` accept the result.
 * Throws when a test group mixes validator flags, which the format can only express per folder.
 */
export function problemPackageFiles(pkg: ProblemPackage & { number?: number }): Map<string, string> {
  const files = new Map<string, string>();
  const yaml: Record<string, unknown> = {
    name: pkg.name,
    uuid: pkg.uuid,
    ...(pkg.number !== undefined ? { number: pkg.number } : {}),
    type: pkg.type,
    difficulty: pkg.difficulty,
    tags: pkg.tags,
    ...(pkg.source ? { source: pkg.source } : {}),
    limits: {
      ...(pkg.limits.timeLimitSource === 'explicit' ? { time_limit: pkg.limits.timeLimitMs / 1000 } : {}),
      memory: pkg.limits.memoryMb,
      output: pkg.limits.outputMb,
      time_multiplier: pkg.limits.timeMultiplier,
      time_safety_margin: pkg.limits.timeSafetyMargin,
    },
    validation: pkg.validation.kind,
    ...(pkg.validation.flags.length ? { validator_flags: pkg.validation.flags.join(' ') } : {}),
  };
  const c = pkg.callable;
  if (c?.kind === 'function')
    yaml.function = { name: c.name, params: c.params, returns: c.returns, compare: c.compare };
  if (c?.kind === 'class')
    yaml.class = {
      name: c.name,
      constructor: { params: c.constructor.params },
      methods: c.methods,
      compare: c.compare,
    };
  files.set('problem.yaml', stringifyYaml(yaml));

  const ext = pkg.statement.format === 'tex' ? 'tex' : 'md';
  files.set(`statement/problem.${pkg.statement.language || 'en'}.${ext}`, pkg.statement.body);
  if (pkg.solution) files.set(EDITORIAL_FILE, pkg.solution);
  if (pkg.hints?.length) files.set(HINTS_FILE, pkg.hints.map((h, i) => `## Hint ${i + 1}\n\n${h}\n`).join('\n'));

  const folderFlags = new Map<string, string>();
  for (const t of pkg.tests) {
    files.set(`data/${t.name}.in`, t.input);
    files.set(`data/${t.name}.ans`, t.answer);
    const folder = `data/${t.name.slice(0, t.name.lastIndexOf('/'))}`;
    const flags = (t.validatorFlags ?? []).join(' ');
    const seen = folderFlags.get(folder);
    if (seen !== undefined && seen !== flags)
      throw new Error(`${folder}: tests with different validator flags cannot share a folder in a package`);
    folderFlags.set(folder, flags);
  }
  for (const [folder, flags] of folderFlags) {
    if (flags) files.set(`${folder}/testdata.yaml`, stringifyYaml({ output_validator_flags: flags }));
  }
  for (const s of pkg.submissions) files.set(`submissions/${s.path}`, s.source);
  if (pkg.validator) for (const f of pkg.validator.files) files.set(`output_validator/${f.path}`, f.content);
  for (const [lang, source] of Object.entries(pkg.starters)) {
    if (source !== undefined) files.set(`starters/${lang}${LANGUAGES[lang as LanguageId].extensions[0]}`, source);
  }
  return files;
}
