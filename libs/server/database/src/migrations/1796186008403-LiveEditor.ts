import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveEditor1796186008403 implements MigrationInterface {
  name = 'LiveEditor1796186008403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interview_live_documents" (
                "session_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "state" bytea NOT NULL,
                "last_update_id" bigint NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_3cfedf8c52a598f99d726fda4f1" PRIMARY KEY ("session_id", "position")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_live_updates" (
                "id" BIGSERIAL NOT NULL,
                "session_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "update" bytea NOT NULL,
                "author_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_8d097d7d3e1f71680cec22aa96a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_interview_live_updates_doc" ON "interview_live_updates" ("session_id", "position", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_live_events" (
                "id" BIGSERIAL NOT NULL,
                "session_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "user_id" uuid,
                "kind" character varying(16) NOT NULL,
                "size" integer,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_556ee4c664a09455de7d923462c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_interview_live_events_session" ON "interview_live_events" ("session_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_live_documents"
            ADD CONSTRAINT "FK_08e95d85bef935c7f98d1cd7e62" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_live_updates"
            ADD CONSTRAINT "FK_79d46236d9b0d7c32a56060dc41" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_live_events"
            ADD CONSTRAINT "FK_e95481cd8df1ee66a19e1bd02d7" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "interview_live_events" DROP CONSTRAINT "FK_e95481cd8df1ee66a19e1bd02d7"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_live_updates" DROP CONSTRAINT "FK_79d46236d9b0d7c32a56060dc41"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_live_documents" DROP CONSTRAINT "FK_08e95d85bef935c7f98d1cd7e62"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_interview_live_events_session"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_live_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_interview_live_updates_doc"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_live_updates"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_live_documents"
        `);
  }
}
