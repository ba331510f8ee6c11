import { MigrationInterface, QueryRunner } from 'typeorm';

export class EditorSettings1796185920138 implements MigrationInterface {
  name = 'EditorSettings1796185920138';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "editor_settings" (
                "user_id" uuid NOT NULL,
                "font_size" smallint NOT NULL,
                "tab_size" smallint NOT NULL,
                "indent_with_tabs" boolean NOT NULL,
                "key_bindings" character varying(16) NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_editor_settings_key_bindings" CHECK ("key_bindings" IN ('default', 'vim', 'emacs')),
                CONSTRAINT "CHK_editor_settings_tab_size" CHECK (
                    "tab_size" BETWEEN 1 AND 8
                ),
                CONSTRAINT "CHK_editor_settings_font_size" CHECK (
                    "font_size" BETWEEN 10 AND 28
                ),
                CONSTRAINT "PK_96ea7be4ae086efc80e984f50bf" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "editor_settings"
            ADD CONSTRAINT "FK_96ea7be4ae086efc80e984f50bf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "editor_settings" DROP CONSTRAINT "FK_96ea7be4ae086efc80e984f50bf"
        `);
    await queryRunner.query(`
            DROP TABLE "editor_settings"
        `);
  }
}
