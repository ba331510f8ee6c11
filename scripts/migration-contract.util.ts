/**
 * The expand/contract rule for migrations (docs/operations.md, Upgrades): while a new release's
 * migrations run, the old release still serves, so a migration may only add. Removing or renaming
 * what the old release reads (a column, a table) or changing a column's type is a "contract" step:
 * it ships in a later release than the code that stopped using it, and says so with a comment in
 * its `up()` naming that earlier migration or release:
 *
 *   // contract-after: 1796189691557-InterviewTemplatesAndMocks
 */

export interface MigrationSource {
  /** File name without extension, `<timestamp>-<Name>`. */
  name: string;
  source: string;
}

export interface ContractViolation {
  migration: string;
  statement: string;
  reason: string;
}

/** Statements (raw SQL or QueryRunner calls) that break a release still reading the old schema. */
const CONTRACT_STEPS: { pattern: RegExp; what: string }[] = [
  { pattern: /\bDROP\s+COLUMN\b/i, what: 'drops a column' },
  { pattern: /\bDROP\s+TABLE\b/i, what: 'drops a table' },
  { pattern: /\bRENAME\s+(COLUMN\s+)?"?\w+"?\s+TO\b/i, what: 'renames a column' },
  { pattern: /\bALTER\s+TABLE\s+\S+\s+RENAME\s+TO\b/i, what: 'renames a table' },
  { pattern: /\bALTER\s+COLUMN\s+"?\w+"?\s+(SET\s+DATA\s+)?TYPE\b/i, what: "changes a column's type" },
  {
    pattern: /\.(dropColumns?|dropTable|renameColumn|renameTable|changeColumns?)\(/,
    what: 'changes the schema destructively',
  },
];

const ANNOTATION = /\/\/\s*contract-after:\s*(\S+)/;

export function migrationTimestamp(name: string): number {
  const ts = /^(\d{13})-/.exec(name)?.[1];
  if (!ts) throw new Error(`migration file ${name} does not start with a 13-digit timestamp`);
  return Number(ts);
}

/** The body of `up()`: `down()` undoes an expand step and may drop what `up()` added. */
export function upBody(source: string): string {
  const start = source.search(/\basync\s+up\s*\(/);
  if (start < 0) return '';
  const end = source.slice(start).search(/\basync\s+down\s*\(/);
  return end < 0 ? source.slice(start) : source.slice(start, start + end);
}

/**
 * Violations in migrations newer than `since` (the newest migration when the rule was adopted).
 * An annotated contract step passes only when it names an older migration that exists.
 */
export function contractViolations(migrations: MigrationSource[], since: number): ContractViolation[] {
  const names = new Set(migrations.map((m) => m.name));
  const violations: ContractViolation[] = [];
  for (const m of migrations) {
    const ts = migrationTimestamp(m.name);
    if (ts <= since) continue;
    const up = upBody(m.source);
    const annotation = ANNOTATION.exec(up)?.[1];
    const annotated = !!annotation && names.has(annotation) && migrationTimestamp(annotation) < ts;
    for (const line of up.split('\n')) {
      const step = CONTRACT_STEPS.find((s) => s.pattern.test(line));
      if (!step || annotated) continue;
      violations.push({
        migration: m.name,
        statement: line.trim(),
        reason: annotation
          ? `${step.what}; its "contract-after: ${annotation}" names no older migration`
          : `${step.what} in up(): the release before still uses it (expand/contract: add "// contract-after: <older migration>" only once no release in service reads it)`,
      });
    }
  }
  return violations;
}
