import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuizSets1796186622877 implements MigrationInterface {
  name = 'QuizSets1796186622877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "quiz_sets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(100) NOT NULL,
                "title" character varying(200) NOT NULL,
                "topic" character varying(32) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "questions" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c683f395d3b7d50d97b66f4d4a6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_quiz_sets_slug" ON "quiz_sets" ("slug")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_quiz_sets_topic" ON "quiz_sets" ("topic")
        `);
    await queryRunner.query(`
            CREATE TABLE "quiz_answers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "set_id" uuid NOT NULL,
                "question_id" character varying(100) NOT NULL,
                "given" jsonb NOT NULL,
                "correct" boolean NOT NULL,
                "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3fefbc8a840a41b6a15a4f9ca5e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_quiz_answers_set" ON "quiz_answers" ("set_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_quiz_answers_user_set_question" ON "quiz_answers" ("user_id", "set_id", "question_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_answers"
            ADD CONSTRAINT "FK_75b4c4f7147275949808e703e9e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_answers"
            ADD CONSTRAINT "FK_7f99e53f5574d0a930890f380e2" FOREIGN KEY ("set_id") REFERENCES "quiz_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "quiz_answers" DROP CONSTRAINT "FK_7f99e53f5574d0a930890f380e2"
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_answers" DROP CONSTRAINT "FK_75b4c4f7147275949808e703e9e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_quiz_answers_user_set_question"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_quiz_answers_set"
        `);
    await queryRunner.query(`
            DROP TABLE "quiz_answers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_quiz_sets_topic"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_quiz_sets_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "quiz_sets"
        `);
  }
}
