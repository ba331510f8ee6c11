import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQL problems (issue 16): what the judge needs per version (schema, dialects, row order), what the
 * problem page shows (tables with the first sample's rows), and a wrong answer's first differing
 * row on visible test results. Additive: the previous release neither reads nor writes them.
 */
export class SqlProblems1796216366487 implements MigrationInterface {
  name = 'SqlProblems1796216366487';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "problem_versions"
            ADD "sql" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "problems"
            ADD "sql" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "submission_test_results"
            ADD "sql_diff" jsonb
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "submission_test_results" DROP COLUMN "sql_diff"
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" DROP COLUMN "sql"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_versions" DROP COLUMN "sql"
        `);
  }
}
