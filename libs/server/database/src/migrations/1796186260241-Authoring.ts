import { MigrationInterface, QueryRunner } from 'typeorm';

export class Authoring1796186260241 implements MigrationInterface {
  name = 'Authoring1796186260241';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "problem_drafts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "problem_id" uuid NOT NULL,
                "slug" character varying(100) NOT NULL,
                "base_version" integer,
                "content" jsonb NOT NULL,
                "content_hash" character(64) NOT NULL,
                "last_editor_id" uuid,
                "last_editor_label" character varying(320) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fa639e6a1dc7aa4df972d7a12ac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problem_drafts_problem" ON "problem_drafts" ("problem_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problem_drafts_slug" ON "problem_drafts" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "problem_draft_tests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "draft_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "name" character varying(255) NOT NULL,
                "hidden" boolean NOT NULL,
                "input" text NOT NULL,
                "answer" text NOT NULL,
                "validator_flags" jsonb,
                CONSTRAINT "PK_a45d6d41c6420b551cbc9f03477" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_problem_draft_tests_draft_position" ON "problem_draft_tests" ("draft_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "problem_rejudges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "problem_id" uuid NOT NULL,
                "to_version" integer NOT NULL,
                "to_version_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "total" integer NOT NULL,
                "done" integer NOT NULL DEFAULT '0',
                "changed_count" integer NOT NULL DEFAULT '0',
                "requested_by_id" uuid,
                "requested_by_label" character varying(320) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_41580658be850754758554609d6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_problem_rejudges_problem_created" ON "problem_rejudges" ("problem_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "problem_rejudge_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "rejudge_id" uuid NOT NULL,
                "submission_id" uuid NOT NULL,
                "from_version" integer NOT NULL,
                "before" character varying(32) NOT NULL,
                "after" character varying(32),
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_72e82279bc4be4933fe6ddb4844" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_problem_rejudge_items_submission" ON "problem_rejudge_items" ("submission_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problem_rejudge_items_rejudge_submission" ON "problem_rejudge_items" ("rejudge_id", "submission_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "problem_validations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "draft_id" uuid NOT NULL,
                "content_hash" character(64) NOT NULL,
                "status" character varying(16) NOT NULL,
                "time_limit_ms" integer,
                "time_limit_source" character varying(16),
                "solutions" jsonb NOT NULL DEFAULT '[]',
                "issues" jsonb NOT NULL DEFAULT '[]',
                "error" text,
                "requested_by_id" uuid,
                "requested_by_label" character varying(320) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_54b7b5fd5033875c7a0fd742b19" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_problem_validations_draft_created" ON "problem_validations" ("draft_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "problems"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "problems"
            ADD "last_editor_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "problems"
            ADD "last_editor_label" character varying(320)
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_draft_tests"
            ADD CONSTRAINT "FK_82bce5a4ef4aa8c136fa81e27c9" FOREIGN KEY ("draft_id") REFERENCES "problem_drafts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_rejudges"
            ADD CONSTRAINT "FK_607c2ae0dff56ae1320a022b7e8" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_rejudge_items"
            ADD CONSTRAINT "FK_c4b66a360f7cfdc36e5d5513207" FOREIGN KEY ("rejudge_id") REFERENCES "problem_rejudges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_rejudge_items"
            ADD CONSTRAINT "FK_da68999e17d5564b71855f942f8" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_validations"
            ADD CONSTRAINT "FK_2bacc7ab2afd2866df89256710b" FOREIGN KEY ("draft_id") REFERENCES "problem_drafts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "problem_validations" DROP CONSTRAINT "FK_2bacc7ab2afd2866df89256710b"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_rejudge_items" DROP CONSTRAINT "FK_da68999e17d5564b71855f942f8"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_rejudge_items" DROP CONSTRAINT "FK_c4b66a360f7cfdc36e5d5513207"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_rejudges" DROP CONSTRAINT "FK_607c2ae0dff56ae1320a022b7e8"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_draft_tests" DROP CONSTRAINT "FK_82bce5a4ef4aa8c136fa81e27c9"
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" DROP COLUMN "last_editor_label"
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" DROP COLUMN "last_editor_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" DROP COLUMN "archived_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_problem_validations_draft_created"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_validations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problem_rejudge_items_rejudge_submission"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_problem_rejudge_items_submission"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_rejudge_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_problem_rejudges_problem_created"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_rejudges"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_problem_draft_tests_draft_position"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_draft_tests"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problem_drafts_slug"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problem_drafts_problem"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_drafts"
        `);
  }
}
