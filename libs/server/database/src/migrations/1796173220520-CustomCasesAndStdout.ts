import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Debug output and several custom cases: a test result keeps the program's stdout apart from the
 * returned value, and a run keeps a list of custom inputs (the single one moves into the list).
 */
export class CustomCasesAndStdout1796173220520 implements MigrationInterface {
  name = 'CustomCasesAndStdout1796173220520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission_test_results" ADD "stdout" text`);
    await queryRunner.query(`ALTER TABLE "submissions" ADD "custom_inputs" jsonb`);
    await queryRunner.query(
      `UPDATE "submissions" SET "custom_inputs" = jsonb_build_array("custom_input") WHERE "custom_input" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "submissions" DROP COLUMN "custom_input"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submissions" ADD "custom_input" text`);
    await queryRunner.query(
      `UPDATE "submissions" SET "custom_input" = "custom_inputs"->>0 WHERE "custom_inputs" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "submissions" DROP COLUMN "custom_inputs"`);
    await queryRunner.query(`ALTER TABLE "submission_test_results" DROP COLUMN "stdout"`);
  }
}
