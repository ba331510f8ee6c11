import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expand only: quiz sets and open questions in interviews (new tables; the templates' parts and
 * the scorecards' open-question scores as new columns with defaults, so the previous release keeps
 * writing rows without them).
 */
export class InterviewQuizParts1796214741995 implements MigrationInterface {
  name = 'InterviewQuizParts1796214741995';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "interview_session_parts" ("session_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(8) NOT NULL, "title" character varying(200) NOT NULL, "quiz_slug" character varying(100), "quiz_questions" jsonb, "format" character varying(8), "prompt" text NOT NULL DEFAULT '', "rubric" text NOT NULL DEFAULT '', "answer_text" text, "answer_saved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_07ad9b7ba75685608eb2c7e6375" PRIMARY KEY ("session_id", "position"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "interview_quiz_answers" ("session_id" uuid NOT NULL, "position" integer NOT NULL, "question_id" character varying(100) NOT NULL, "given" jsonb NOT NULL, "correct" boolean NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c42b0bfbbbec5ccd6592608df67" PRIMARY KEY ("session_id", "position", "question_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "interview_scorecards" ADD "open_scores" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "interview_templates" ADD "parts" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "interview_quiz_answers" ADD CONSTRAINT "FK_b478cf98ece12199573881ae22d" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_session_parts" ADD CONSTRAINT "FK_9da74d8b2f417d6e0b0563e0e3a" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview_session_parts" DROP CONSTRAINT "FK_9da74d8b2f417d6e0b0563e0e3a"`);
    await queryRunner.query(`ALTER TABLE "interview_quiz_answers" DROP CONSTRAINT "FK_b478cf98ece12199573881ae22d"`);
    await queryRunner.query(`ALTER TABLE "interview_templates" DROP COLUMN "parts"`);
    await queryRunner.query(`ALTER TABLE "interview_scorecards" DROP COLUMN "open_scores"`);
    await queryRunner.query(`DROP TABLE "interview_quiz_answers"`);
    await queryRunner.query(`DROP TABLE "interview_session_parts"`);
  }
}
