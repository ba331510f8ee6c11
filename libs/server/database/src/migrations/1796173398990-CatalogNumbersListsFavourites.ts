import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogNumbersListsFavourites1796173398990 implements MigrationInterface {
  name = 'CatalogNumbersListsFavourites1796173398990';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "curated_lists" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(100) NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7cd2ba80d29b986932af5eaa306" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_curated_lists_slug" ON "curated_lists" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "curated_list_items" (
                "list_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "problem_id" uuid NOT NULL,
                CONSTRAINT "PK_40151bb78981a99fa62b8576839" PRIMARY KEY ("list_id", "position")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_curated_list_items_problem" ON "curated_list_items" ("problem_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "favourites" (
                "user_id" uuid NOT NULL,
                "problem_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fc0fbe3a5e9887e759cdf1c8655" PRIMARY KEY ("user_id", "problem_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_favourites_problem" ON "favourites" ("problem_id")
        `);
    // Problems imported before numbers existed get them in slug order, as a fresh catalog import would.
    await queryRunner.query(`
            ALTER TABLE "problems"
            ADD "number" integer
        `);
    await queryRunner.query(`
            UPDATE "problems" p SET "number" = n.rn
              FROM (SELECT id, row_number() OVER (ORDER BY slug) AS rn FROM "problems") n
             WHERE p.id = n.id
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" ALTER COLUMN "number" SET NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_problems_number" ON "problems" ("number")
        `);
    await queryRunner.query(`
            ALTER TABLE "curated_list_items"
            ADD CONSTRAINT "FK_a3c48b9072651667a38425b3360" FOREIGN KEY ("list_id") REFERENCES "curated_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "curated_list_items"
            ADD CONSTRAINT "FK_b7d0da89b5c45059a610928ab18" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "favourites"
            ADD CONSTRAINT "FK_ffb0866c42b7ff4d6e5131f3dcc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "favourites"
            ADD CONSTRAINT "FK_96197bf5b9830eea40300042657" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "favourites" DROP CONSTRAINT "FK_96197bf5b9830eea40300042657"
        `);
    await queryRunner.query(`
            ALTER TABLE "favourites" DROP CONSTRAINT "FK_ffb0866c42b7ff4d6e5131f3dcc"
        `);
    await queryRunner.query(`
            ALTER TABLE "curated_list_items" DROP CONSTRAINT "FK_b7d0da89b5c45059a610928ab18"
        `);
    await queryRunner.query(`
            ALTER TABLE "curated_list_items" DROP CONSTRAINT "FK_a3c48b9072651667a38425b3360"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_problems_number"
        `);
    await queryRunner.query(`
            ALTER TABLE "problems" DROP COLUMN "number"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_favourites_problem"
        `);
    await queryRunner.query(`
            DROP TABLE "favourites"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_curated_list_items_problem"
        `);
    await queryRunner.query(`
            DROP TABLE "curated_list_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_curated_lists_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "curated_lists"
        `);
  }
}
