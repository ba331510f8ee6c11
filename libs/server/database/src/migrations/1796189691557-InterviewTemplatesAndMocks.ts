import { MigrationInterface, QueryRunner } from 'typeorm';

/** Interview templates; the public acceptance counters recounted over practice submissions only. */
export class InterviewTemplatesAndMocks1796189691557 implements MigrationInterface {
  name = 'InterviewTemplatesAndMocks1796189691557';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interview_templates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "name" character varying(120) NOT NULL,
                "problem_ids" uuid array NOT NULL,
                "duration_minutes" integer NOT NULL,
                "languages" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bae62bf68d048511f72f693b12e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_interview_templates_owner" ON "interview_templates" ("owner_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_templates"
            ADD CONSTRAINT "FK_62f7785de8888aa78df60f39377" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Interview and mock submissions no longer count in the catalog's acceptance figures.
    await queryRunner.query(`
            UPDATE "problems" p SET
                "submit_count" = c.submitted,
                "accepted_count" = c.accepted
            FROM (
                SELECT p2."id",
                    count(s."id") AS submitted,
                    count(s."id") FILTER (WHERE s."verdict" = 'accepted') AS accepted
                FROM "problems" p2
                LEFT JOIN "submissions" s ON s."problem_id" = p2."id" AND s."mode" = 'submit'
                    AND s."status" = 'finished' AND s."verdict" IS NOT NULL AND s."interview_session_id" IS NULL
                GROUP BY p2."id"
            ) c
            WHERE c."id" = p."id"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "interview_templates" DROP CONSTRAINT "FK_62f7785de8888aa78df60f39377"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_interview_templates_owner"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_templates"
        `);
  }
}
