import { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminAudit1796176283256 implements MigrationInterface {
  name = 'AdminAudit1796176283256';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "actor_label" character varying(320) NOT NULL,
                "action" character varying(64) NOT NULL,
                "target_type" character varying(32) NOT NULL,
                "target_id" character varying(128) NOT NULL,
                "target_label" character varying(320) NOT NULL,
                "details" jsonb,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_at" ON "audit_log" ("at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_actor" ON "audit_log" ("actor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_target" ON "audit_log" ("target_type", "target_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_action_at" ON "audit_log" ("action", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "disabled_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_log"
            ADD CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "audit_log" DROP CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "disabled_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_log_action_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_log_target"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_log_actor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_log_at"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
