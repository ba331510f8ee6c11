/**
 * Fails (exit 1) when a migration newer than CHECKED_SINCE removes, renames or retypes a column or
 * table without a contract-after annotation (scripts/migration-contract.util.ts,
 * docs/operations.md#upgrades).
 *
 *   node -r ./scripts/register.cjs scripts/check-migration-contract.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contractViolations } from './migration-contract.util';

/** The newest migration when the expand/contract rule was adopted: older ones are history. */
const CHECKED_SINCE = 1796189691557;

const DIR = resolve(__dirname, '../libs/server/database/src/migrations');

const migrations = readdirSync(DIR)
  .filter((f) => /^\d{13}-.+\.ts$/.test(f))
  .map((f) => ({ name: f.replace(/\.ts$/, ''), source: readFileSync(join(DIR, f), 'utf8') }));
const violations = contractViolations(migrations, CHECKED_SINCE);
for (const v of violations) console.error(`${v.migration}: ${v.reason}\n    ${v.statement}`);
const checked = migrations.filter((m) => Number(m.name.slice(0, 13)) > CHECKED_SINCE).length;
console.log(`check-migration-contract: ${checked} migration(s) after the marker, ${violations.length} violation(s).`);
process.exit(violations.length > 0 ? 1 : 0);
