import { describe, expect, it } from 'vitest';
import { contractViolations, upBody } from './migration-contract.util';

const SINCE = 1796189691557;

function migration(name: string, up: string[], down: string[] = []): { name: string; source: string } {
  const q = (sql: string) => `    await queryRunner.query(\`${sql}\`);`;
  return {
    name,
    source: [
      `export class M implements MigrationInterface {`,
      `  public async up(queryRunner: QueryRunner): Promise<void> {`,
      ...up.map((l) => (l.startsWith('//') ? `    ${l}` : q(l))),
      `  }`,
      `  public async down(queryRunner: QueryRunner): Promise<void> {`,
      ...down.map(q),
      `  }`,
      `}`,
    ].join('\n'),
  };
}

describe('contractViolations', () => {
  it('lets additive migrations through, and destructive down() steps', () => {
    const m = migration(
      '1796200000000-AddNickname',
      ['ALTER TABLE "users" ADD "nickname" character varying(40)', 'CREATE TABLE "badges" ("id" uuid NOT NULL)'],
      ['DROP TABLE "badges"', 'ALTER TABLE "users" DROP COLUMN "nickname"'],
    );
    expect(contractViolations([m], SINCE)).toEqual([]);
  });

  it.each([
    ['ALTER TABLE "users" DROP COLUMN "nickname"', 'drops a column'],
    ['DROP TABLE "badges"', 'drops a table'],
    ['ALTER TABLE "users" RENAME COLUMN "nickname" TO "handle"', 'renames a column'],
    ['ALTER TABLE "badges" RENAME TO "awards"', 'renames a table'],
    ['ALTER TABLE "users" ALTER COLUMN "nickname" TYPE text', "changes a column's type"],
  ])('flags %s in up()', (sql, what) => {
    const [v] = contractViolations([migration('1796200000000-Contract', [sql])], SINCE);
    expect(v?.migration).toBe('1796200000000-Contract');
    expect(v?.reason).toContain(what);
  });

  it('flags QueryRunner calls that drop or rename', () => {
    const m = { name: '1796200000000-Api', source: 'async up(q) {\n  await q.dropColumn("users", "nickname");\n}\n' };
    expect(contractViolations([m], SINCE)).toHaveLength(1);
  });

  it('ignores migrations up to the marker (history before the rule)', () => {
    expect(contractViolations([migration('1796189691557-Old', ['DROP TABLE "x"'])], SINCE)).toEqual([]);
  });

  it('accepts a contract step that names an older migration, not a missing or newer one', () => {
    const expand = migration('1796200000000-AddHandle', ['ALTER TABLE "users" ADD "handle" text']);
    const contract = (after: string) =>
      migration('1796300000000-DropNickname', [
        `// contract-after: ${after}`,
        'ALTER TABLE "users" DROP COLUMN "nickname"',
      ]);
    expect(contractViolations([expand, contract('1796200000000-AddHandle')], SINCE)).toEqual([]);
    const [missing] = contractViolations([expand, contract('1796200000001-Nope')], SINCE);
    expect(missing?.reason).toContain('names no older migration');
    const later = migration('1796400000000-Later', []);
    expect(contractViolations([expand, later, contract('1796400000000-Later')], SINCE)).toHaveLength(1);
  });

  it('reads only up()', () => {
    expect(upBody('async up(q) { a }\nasync down(q) { b }')).toBe('async up(q) { a }\n');
  });
});
