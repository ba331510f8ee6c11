import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795475753935 implements MigrationInterface {
  name = 'Init1795475753935';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "problems" (
                "id" uuid NOT NULL,
                "slug" character varying(100) NOT NULL,
                "title" character varying(200) NOT NULL,
                "difficulty" character varying(16) NOT NULL,
                "type" character varying(16) NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "source" character varying(200),
                "statement" text NOT NULL,
                "statement_format" character varying(16) NOT NULL DEFAULT 'markdown',
                "editorial" text,
                "search_vector" tsvector,
                "callable" jsonb,
                "starters" jsonb NOT NULL DEFAULT '{}',
                "reference_solutions" jsonb NOT NULL DEFAULT '[]',
                "current_version" integer NOT NULL DEFAULT '1',
                "submit_count" integer NOT NULL DEFAULT '0',
                "accepted_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b3994afba6ab64a42cda1ccaeff" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problems_slug" ON "problems" ("slug")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_problems_difficulty" ON "problems" ("difficulty")
        `);
    await queryRunner.query(`
            CREATE TABLE "problem_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "problem_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "content_hash" character(64) NOT NULL,
                "type" character varying(16) NOT NULL,
                "limits" jsonb NOT NULL,
                "validation" jsonb NOT NULL,
                "callable" jsonb,
                "validator" jsonb,
                "sample_count" integer NOT NULL,
                "hidden_count" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e2b151d1ef4801e2420c412818d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problem_versions_problem_version" ON "problem_versions" ("problem_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "problem_tests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version_id" uuid NOT NULL,
                "index" integer NOT NULL,
                "name" character varying(255) NOT NULL,
                "hidden" boolean NOT NULL,
                "input" text NOT NULL,
                "answer" text NOT NULL,
                "validator_flags" jsonb,
                CONSTRAINT "PK_6aa3ccd23d5cd463f14f840e19a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problem_tests_version_index" ON "problem_tests" ("version_id", "index")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(320) NOT NULL,
                "display_name" character varying(64) NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "role" character varying(16) NOT NULL DEFAULT 'candidate',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_refresh_tokens_user" ON "refresh_tokens" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_refresh_tokens_family" ON "refresh_tokens" ("family_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_refresh_tokens_hash" ON "refresh_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "submissions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "problem_id" uuid NOT NULL,
                "problem_version_id" uuid NOT NULL,
                "language" character varying(16) NOT NULL,
                "mode" character varying(8) NOT NULL,
                "source" text NOT NULL,
                "custom_input" text,
                "status" character varying(16) NOT NULL DEFAULT 'queued',
                "verdict" character varying(32),
                "cpu_ms" integer,
                "memory_kb" integer,
                "compile_output" text,
                "tests_done" integer NOT NULL DEFAULT '0',
                "tests_total" integer NOT NULL DEFAULT '0',
                "priority" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_10b3be95b8b2fb1e482e07d706b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_submissions_problem" ON "submissions" ("problem_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_submissions_user_status" ON "submissions" ("user_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_submissions_user_problem_created" ON "submissions" ("user_id", "problem_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "submission_test_results" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "submission_id" uuid NOT NULL,
                "index" integer NOT NULL,
                "name" character varying(255) NOT NULL,
                "hidden" boolean NOT NULL,
                "verdict" character varying(32) NOT NULL,
                "cpu_ms" integer NOT NULL,
                "wall_ms" integer NOT NULL,
                "memory_kb" integer NOT NULL,
                "input" text,
                "expected" text,
                "actual" text,
                "stderr" text,
                "message" text,
                "exit_code" integer,
                "signal" character varying(32),
                CONSTRAINT "PK_4339079936d1873580d28a5b505" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_submission_test_results_submission_index" ON "submission_test_results" ("submission_id", "index")
        `);
    await queryRunner.query(`
            CREATE TABLE "drafts" (
                "user_id" uuid NOT NULL,
                "problem_id" uuid NOT NULL,
                "language" character varying(16) NOT NULL,
                "source" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d46ab7f74711a686238c6bea11b" PRIMARY KEY ("user_id", "problem_id", "language")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_versions"
            ADD CONSTRAINT "FK_cf1ddcf55381e40759f46e0087d" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_tests"
            ADD CONSTRAINT "FK_594cf2a0f12ec4eac1067b9d391" FOREIGN KEY ("version_id") REFERENCES "problem_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD CONSTRAINT "FK_fca12c4ddd646dea4572c6815a9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD CONSTRAINT "FK_d7613a2172f2115adb054c4c16e" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD CONSTRAINT "FK_2408840ce2806c5d5e072a2e9b4" FOREIGN KEY ("problem_version_id") REFERENCES "problem_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission_test_results"
            ADD CONSTRAINT "FK_6279792dd4b2ca72395c93984de" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "drafts"
            ADD CONSTRAINT "FK_1cb719ae58a20f6609125c429e6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "drafts"
            ADD CONSTRAINT "FK_2bb3762535f57818b4e8acc99c6" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // GIN indexes TypeORM cannot declare (the entities mark them synchronize: false).
    await queryRunner.query(`CREATE INDEX "IDX_problems_tags" ON "problems" USING gin ("tags")`);
    await queryRunner.query(`CREATE INDEX "IDX_problems_search" ON "problems" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_problems_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_problems_tags"`);
    await queryRunner.query(`
            ALTER TABLE "drafts" DROP CONSTRAINT "FK_2bb3762535f57818b4e8acc99c6"
        `);
    await queryRunner.query(`
            ALTER TABLE "drafts" DROP CONSTRAINT "FK_1cb719ae58a20f6609125c429e6"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission_test_results" DROP CONSTRAINT "FK_6279792dd4b2ca72395c93984de"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP CONSTRAINT "FK_2408840ce2806c5d5e072a2e9b4"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP CONSTRAINT "FK_d7613a2172f2115adb054c4c16e"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP CONSTRAINT "FK_fca12c4ddd646dea4572c6815a9"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_tests" DROP CONSTRAINT "FK_594cf2a0f12ec4eac1067b9d391"
        `);
    await queryRunner.query(`
            ALTER TABLE "problem_versions" DROP CONSTRAINT "FK_cf1ddcf55381e40759f46e0087d"
        `);
    await queryRunner.query(`
            DROP TABLE "drafts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_submission_test_results_submission_index"
        `);
    await queryRunner.query(`
            DROP TABLE "submission_test_results"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_submissions_user_problem_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_submissions_user_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_submissions_problem"
        `);
    await queryRunner.query(`
            DROP TABLE "submissions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_refresh_tokens_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_refresh_tokens_family"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_refresh_tokens_user"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problem_tests_version_index"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_tests"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problem_versions_problem_version"
        `);
    await queryRunner.query(`
            DROP TABLE "problem_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_problems_difficulty"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problems_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "problems"
        `);
  }
}
