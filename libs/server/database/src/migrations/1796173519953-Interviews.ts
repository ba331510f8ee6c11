import { MigrationInterface, QueryRunner } from 'typeorm';

export class Interviews1796173519953 implements MigrationInterface {
  name = 'Interviews1796173519953';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interview_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL DEFAULT 'interview',
                "title" character varying(120) NOT NULL,
                "owner_id" uuid NOT NULL,
                "duration_minutes" integer NOT NULL,
                "extension_minutes" integer NOT NULL DEFAULT '0',
                "languages" jsonb NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE,
                "window_end" TIMESTAMP WITH TIME ZONE,
                "candidate_name" character varying(64) NOT NULL,
                "candidate_email" character varying(320) NOT NULL,
                "candidate_user_id" uuid,
                "candidate_is_guest" boolean NOT NULL DEFAULT false,
                "invite_token_hash" character varying(64),
                "invite_version" integer NOT NULL DEFAULT '1',
                "invite_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "invite_revoked_at" TIMESTAMP WITH TIME ZONE,
                "share_token_hash" character varying(64),
                "share_expires_at" TIMESTAMP WITH TIME ZONE,
                "started_at" TIMESTAMP WITH TIME ZONE,
                "deadline_at" TIMESTAMP WITH TIME ZONE,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" character varying(16),
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8289f4ee665d0b5e283345db49a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_interview_sessions_owner" ON "interview_sessions" ("owner_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_interview_sessions_invite" ON "interview_sessions" ("invite_token_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_interview_sessions_share" ON "interview_sessions" ("share_token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_session_problems" (
                "session_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "problem_id" uuid NOT NULL,
                "latest_language" character varying(16),
                "latest_source" text,
                "latest_saved_at" TIMESTAMP WITH TIME ZONE,
                "final_submission_id" uuid,
                CONSTRAINT "PK_0f1fc1e8fe2635d3a78b769f62e" PRIMARY KEY ("session_id", "position")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_interviewers" (
                "session_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "PK_c46310acbbe94ebf72e32fdddd0" PRIMARY KEY ("session_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_extensions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "minutes" integer NOT NULL,
                "reason" text NOT NULL,
                "by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e1230e243a331d2626ea1d6e2b0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_interview_extensions_session" ON "interview_extensions" ("session_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_notes" (
                "session_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_282e657dfede6456610d424cc51" PRIMARY KEY ("session_id", "author_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD "interview_session_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD "automatic" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_submissions_interview_session" ON "submissions" ("interview_session_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_sessions"
            ADD CONSTRAINT "FK_c1f23f84846ed024a221d1f6981" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_sessions"
            ADD CONSTRAINT "FK_222de58729bd2b0654111c15cea" FOREIGN KEY ("candidate_user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_session_problems"
            ADD CONSTRAINT "FK_9f457e1205d25de482e1b905664" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_session_problems"
            ADD CONSTRAINT "FK_3632170a6e4f3a3a714fe4b717b" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewers"
            ADD CONSTRAINT "FK_10d6130fa3c2e797c44ffb5ecc3" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewers"
            ADD CONSTRAINT "FK_e353c4dc4903bf691762d6d0c5c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_extensions"
            ADD CONSTRAINT "FK_b6be1229b906eb3d02df7728fc6" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_extensions"
            ADD CONSTRAINT "FK_07e4162713fea8527f5753115dd" FOREIGN KEY ("by_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_notes"
            ADD CONSTRAINT "FK_35d3481351837144acbf5f01f8f" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_notes"
            ADD CONSTRAINT "FK_25742a816d6732cebbebe7fe969" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "interview_notes" DROP CONSTRAINT "FK_25742a816d6732cebbebe7fe969"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_notes" DROP CONSTRAINT "FK_35d3481351837144acbf5f01f8f"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_extensions" DROP CONSTRAINT "FK_07e4162713fea8527f5753115dd"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_extensions" DROP CONSTRAINT "FK_b6be1229b906eb3d02df7728fc6"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewers" DROP CONSTRAINT "FK_e353c4dc4903bf691762d6d0c5c"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewers" DROP CONSTRAINT "FK_10d6130fa3c2e797c44ffb5ecc3"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_session_problems" DROP CONSTRAINT "FK_3632170a6e4f3a3a714fe4b717b"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_session_problems" DROP CONSTRAINT "FK_9f457e1205d25de482e1b905664"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_sessions" DROP CONSTRAINT "FK_222de58729bd2b0654111c15cea"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_sessions" DROP CONSTRAINT "FK_c1f23f84846ed024a221d1f6981"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_submissions_interview_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP COLUMN "automatic"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP COLUMN "interview_session_id"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_interview_extensions_session"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_extensions"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_interviewers"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_session_problems"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_interview_sessions_share"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_interview_sessions_invite"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_interview_sessions_owner"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_sessions"
        `);
  }
}
