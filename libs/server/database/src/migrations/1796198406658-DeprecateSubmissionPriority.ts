import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expand step of removing `submissions.priority` (the queue job carries the priority; the column
 * was written and never read). This release stops writing it, so it gets a default; the release
 * before still writes it, so the column stays until a later migration drops it
 * (`contract-after: DeprecateSubmissionPriority1796198406658`, see docs/operations.md).
 */
export class DeprecateSubmissionPriority1796198406658 implements MigrationInterface {
  name = 'DeprecateSubmissionPriority1796198406658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ALTER COLUMN "priority" SET DEFAULT 5
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ALTER COLUMN "priority" DROP DEFAULT
        `);
  }
}
