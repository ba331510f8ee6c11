import { MigrationInterface, QueryRunner } from 'typeorm';

/** The queue job carries the priority; the column was written and never read. */
export class DropSubmissionPriority1796198406658 implements MigrationInterface {
  name = 'DropSubmissionPriority1796198406658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP COLUMN "priority"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Existing rows get the submit priority (5): the old value is gone with the column.
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD "priority" integer NOT NULL DEFAULT 5
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ALTER COLUMN "priority" DROP DEFAULT
        `);
  }
}
