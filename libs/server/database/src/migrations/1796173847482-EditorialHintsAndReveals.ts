import { MigrationInterface, QueryRunner } from 'typeorm';

export class EditorialHintsAndReveals1796173847482 implements MigrationInterface {
  name = 'EditorialHintsAndReveals1796173847482';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "editorial_reveals" (
                "user_id" uuid NOT NULL,
                "problem_id" uuid NOT NULL,
                "revealed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2e2770e2f17b79451963b6f05f5" PRIMARY KEY ("user_id", "problem_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "problems"
            ADD "hints" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "editorial_reveals"
            ADD CONSTRAINT "FK_3075fadac7b8a70470933857ebc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "editorial_reveals"
            ADD CONSTRAINT "FK_820e49c27d851ce8d191ab99598" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "editorial_reveals" DROP CONSTRAINT "FK_820e49c27d851ce8d191ab99598"
        `);
    await queryRunner.query(`
            ALTER TABLE "editorial_reveals" DROP CONSTRAINT "FK_3075fadac7b8a70470933857ebc"
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" DROP COLUMN "hints"
        `);
    await queryRunner.query(`
            DROP TABLE "editorial_reveals"
        `);
  }
}
