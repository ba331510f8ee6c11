import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `submission_slot_free(user, cap, window)`: the per-user queued cap as one call inside the creating
 * INSERT, so creation is a single statement instead of a transaction of four round trips. It takes
 * the same advisory lock as before (held until the INSERT commits) and then counts with a snapshot
 * taken after the lock: a VOLATILE function's queries each see what committed before them, which a
 * plain subquery of the INSERT (snapshot at statement start) would not. A NULL cap (the deadline's
 * automatic submission) is always free and takes no lock. The count reads a partial index of the
 * unfinished submissions, so a user's finished history costs it nothing.
 */
export class SubmissionSlotFunction1796229700000 implements MigrationInterface {
  name = 'SubmissionSlotFunction1796229700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_submissions_user_unfinished" ON "submissions" ("user_id", "created_at")
            WHERE "status" <> 'finished'
        `);
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "submission_slot_free"(p_user uuid, p_cap integer, p_window_minutes integer)
            RETURNS boolean
            LANGUAGE plpgsql
            VOLATILE
            AS $$
            BEGIN
                IF p_cap IS NULL THEN
                    RETURN true;
                END IF;
                PERFORM pg_advisory_xact_lock(hashtext('submit:' || p_user::text));
                RETURN (
                    SELECT count(*) < p_cap FROM (
                        SELECT 1 FROM "submissions"
                         WHERE "user_id" = p_user AND "status" <> 'finished'
                           AND "created_at" > now() - make_interval(mins => p_window_minutes)
                         LIMIT p_cap
                    ) AS unfinished
                );
            END
            $$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP FUNCTION IF EXISTS "submission_slot_free"(uuid, integer, integer)
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_submissions_user_unfinished"
        `);
  }
}
