import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { refreshEveryProjectPath } from '../collections/hooks/projectPath'
import { refreshPhotoVisibility } from '../plugins/press-photos'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos" ADD COLUMN "released_for_public" boolean DEFAULT false;
  ALTER TABLE "photos" ADD COLUMN "public_from" timestamp(3) with time zone;
  CREATE INDEX "photos_released_for_public_idx" ON "photos" USING btree ("released_for_public");
  CREATE INDEX "photos_public_from_idx" ON "photos" USING btree ("public_from");`)
  // New columns start private (publicFrom null): derive them from what uses each photo today.
  await refreshPhotoVisibility(payload, { req })
  // Paths stored under the old rule could carry a draft parent's title or slug: derive them anew.
  await refreshEveryProjectPath(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "photos_released_for_public_idx";
  DROP INDEX "photos_public_from_idx";
  ALTER TABLE "photos" DROP COLUMN "released_for_public";
  ALTER TABLE "photos" DROP COLUMN "public_from";`)
}
