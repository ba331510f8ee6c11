import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotesAndScorecards1796186000601 implements MigrationInterface {
  name = 'NotesAndScorecards1796186000601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interview_note_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "session_ms" integer,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_4fc1195380f30b63ad1e0c7a765" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_interview_note_entries_session_author" ON "interview_note_entries" ("session_id", "author_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecard_templates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(80) NOT NULL,
                "criteria" jsonb NOT NULL,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_06d884c267a0016dfdf426332ce" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_scorecard_templates_name" ON "scorecard_templates" ("name")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_scorecard_forms" (
                "session_id" uuid NOT NULL,
                "template_id" uuid NOT NULL,
                "name" character varying(80) NOT NULL,
                "criteria" jsonb NOT NULL,
                "chosen_by" uuid,
                "chosen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_ac7af337f1012eed340cb9d925a" PRIMARY KEY ("session_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_scorecards" (
                "session_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "scores" jsonb NOT NULL,
                "recommendation" character varying(16),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_bc69c23f7fb012c688f84fa8749" PRIMARY KEY ("session_id", "author_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_note_entries"
            ADD CONSTRAINT "FK_287fc0c69fc6a2dd8eca5ddc5b9" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_note_entries"
            ADD CONSTRAINT "FK_f7a7e9627cdb3b899c344a56451" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecard_forms"
            ADD CONSTRAINT "FK_ac7af337f1012eed340cb9d925a" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecard_forms"
            ADD CONSTRAINT "FK_7f979b477513154038927ec307b" FOREIGN KEY ("template_id") REFERENCES "scorecard_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecard_forms"
            ADD CONSTRAINT "FK_f590d8d467610513b01758595b2" FOREIGN KEY ("chosen_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecards"
            ADD CONSTRAINT "FK_bdc6a046e26d747f2f7b5b1baf0" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecards"
            ADD CONSTRAINT "FK_edc6c2012ca68af96f022a4ee5b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Each interviewer's single notes text becomes their first entry, stamped at its last save
    // (capped to the session's end, like new entries; null if the session had not started).
    await queryRunner.query(`
            INSERT INTO "interview_note_entries" ("session_id", "author_id", "body", "session_ms", "created_at", "updated_at")
            SELECT n."session_id", n."author_id", n."body",
                   CASE WHEN s."started_at" IS NULL THEN NULL ELSE
                     GREATEST(0, LEAST(2147483647, floor(extract(epoch FROM (
                       LEAST(n."updated_at", COALESCE(s."ended_at", n."updated_at"), COALESCE(s."cancelled_at", n."updated_at"),
                             COALESCE(s."deadline_at", n."updated_at")) - s."started_at")) * 1000)))::int
                   END,
                   n."updated_at", n."updated_at"
              FROM "interview_notes" n JOIN "interview_sessions" s ON s."id" = n."session_id"
             WHERE btrim(n."body") <> ''
        `);
    await queryRunner.query(`
            DROP TABLE "interview_notes"
        `);
    // The default template interviewers can pick from the start; admins edit or archive it.
    await queryRunner.query(
      `INSERT INTO "scorecard_templates" ("name", "criteria", "created_at", "updated_at") VALUES ($1, $2::jsonb, now(), now())`,
      [
        'Coding interview',
        JSON.stringify([
          {
            name: 'Problem solving',
            description:
              'Understands the problem, asks the right questions, finds a correct approach and weighs its complexity.',
          },
          {
            name: 'Code quality',
            description: 'Readable, well-structured code with sensible names; handles edge cases.',
          },
          {
            name: 'Communication',
            description: 'Explains the thinking while working, takes hints, discusses trade-offs.',
          },
          {
            name: 'Testing',
            description: 'Checks the code with examples and edge cases, finds and fixes their own bugs.',
          },
        ]),
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
            INSERT INTO "interview_notes" ("session_id", "author_id", "body", "updated_at")
            SELECT "session_id", "author_id", string_agg("body", E'\n\n' ORDER BY "created_at"), max("updated_at")
              FROM "interview_note_entries" GROUP BY "session_id", "author_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_notes"
            ADD CONSTRAINT "FK_35d3481351837144acbf5f01f8f" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_notes"
            ADD CONSTRAINT "FK_25742a816d6732cebbebe7fe969" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecards" DROP CONSTRAINT "FK_edc6c2012ca68af96f022a4ee5b"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecards" DROP CONSTRAINT "FK_bdc6a046e26d747f2f7b5b1baf0"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecard_forms" DROP CONSTRAINT "FK_f590d8d467610513b01758595b2"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecard_forms" DROP CONSTRAINT "FK_7f979b477513154038927ec307b"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_scorecard_forms" DROP CONSTRAINT "FK_ac7af337f1012eed340cb9d925a"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_note_entries" DROP CONSTRAINT "FK_f7a7e9627cdb3b899c344a56451"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_note_entries" DROP CONSTRAINT "FK_287fc0c69fc6a2dd8eca5ddc5b9"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_scorecards"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_scorecard_forms"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_scorecard_templates_name"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecard_templates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_interview_note_entries_session_author"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_note_entries"
        `);
  }
}
