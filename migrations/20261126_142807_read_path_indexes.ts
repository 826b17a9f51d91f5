import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "press_releases_press_contacts_locales_parent_lookup_idx" ON "press_releases_press_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "displayDate_createdAt_idx" ON "press_releases" USING btree ("display_date","created_at");
  CREATE INDEX "_status_embargo_idx" ON "press_releases" USING btree ("_status","embargo");
  CREATE INDEX "press_releases_locales_parent_lookup_idx" ON "press_releases_locales" USING btree ("_parent_id");
  CREATE INDEX "press_releases_texts_parent_lookup_idx" ON "press_releases_texts" USING btree ("parent_id");
  CREATE INDEX "press_releases_texts_text_parent_idx" ON "press_releases_texts" USING btree ("text","parent_id");
  CREATE INDEX "press_releases_rels_members_id_parent_idx" ON "press_releases_rels" USING btree ("members_id","parent_id");
  CREATE INDEX "press_releases_rels_projects_id_parent_idx" ON "press_releases_rels" USING btree ("projects_id","parent_id");
  CREATE INDEX "press_releases_rels_events_id_parent_idx" ON "press_releases_rels" USING btree ("events_id","parent_id");
  CREATE INDEX "_press_releases_v_version_press_contacts_loca_parent_lookup_idx" ON "_press_releases_v_version_press_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "version_displayDate_version_createdAt_idx" ON "_press_releases_v" USING btree ("version_display_date","version_created_at");
  CREATE INDEX "version__status_version_embargo_idx" ON "_press_releases_v" USING btree ("version__status","version_embargo");
  CREATE INDEX "_press_releases_v_locales_parent_lookup_idx" ON "_press_releases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_texts_parent_lookup_idx" ON "_press_releases_v_texts" USING btree ("parent_id");
  CREATE INDEX "members_locales_parent_lookup_idx" ON "members_locales" USING btree ("_parent_id");
  CREATE INDEX "photos_locales_parent_lookup_idx" ON "photos_locales" USING btree ("_parent_id");
  CREATE INDEX "documents_locales_parent_lookup_idx" ON "documents_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_blocks_rich_text_locales_parent_lookup_idx" ON "projects_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_blocks_quote_locales_parent_lookup_idx" ON "projects_blocks_quote_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_blocks_call_to_action_locales_parent_lookup_idx" ON "projects_blocks_call_to_action_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_blocks_member_grid_locales_parent_lookup_idx" ON "projects_blocks_member_grid_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_blocks_upcoming_events_locales_parent_lookup_idx" ON "projects_blocks_upcoming_events_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_blocks_video_embed_locales_parent_lookup_idx" ON "projects_blocks_video_embed_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_breadcrumbs_locales_parent_lookup_idx" ON "projects_breadcrumbs_locales" USING btree ("_parent_id");
  CREATE INDEX "projects_locales_parent_lookup_idx" ON "projects_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_blocks_rich_text_locales_parent_lookup_idx" ON "_projects_v_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_blocks_quote_locales_parent_lookup_idx" ON "_projects_v_blocks_quote_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_blocks_call_to_action_locales_parent_lookup_idx" ON "_projects_v_blocks_call_to_action_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_blocks_member_grid_locales_parent_lookup_idx" ON "_projects_v_blocks_member_grid_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_blocks_upcoming_events_locales_parent_lookup_idx" ON "_projects_v_blocks_upcoming_events_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_blocks_video_embed_locales_parent_lookup_idx" ON "_projects_v_blocks_video_embed_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_version_breadcrumbs_locales_parent_lookup_idx" ON "_projects_v_version_breadcrumbs_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_locales_parent_lookup_idx" ON "_projects_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_program_locales_parent_lookup_idx" ON "events_program_locales" USING btree ("_parent_id");
  CREATE INDEX "events_recurrence_exceptions_locales_parent_lookup_idx" ON "events_recurrence_exceptions_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_lookup_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_program_locales_parent_lookup_idx" ON "_events_v_version_program_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_recurrence_exceptions_local_parent_lookup_idx" ON "_events_v_version_recurrence_exceptions_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_lookup_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "venues_locales_parent_lookup_idx" ON "venues_locales" USING btree ("_parent_id");
  CREATE INDEX "association_locales_parent_lookup_idx" ON "association_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "press_releases_press_contacts_locales_parent_lookup_idx";
  DROP INDEX "displayDate_createdAt_idx";
  DROP INDEX "_status_embargo_idx";
  DROP INDEX "press_releases_locales_parent_lookup_idx";
  DROP INDEX "press_releases_texts_parent_lookup_idx";
  DROP INDEX "press_releases_texts_text_parent_idx";
  DROP INDEX "press_releases_rels_members_id_parent_idx";
  DROP INDEX "press_releases_rels_projects_id_parent_idx";
  DROP INDEX "press_releases_rels_events_id_parent_idx";
  DROP INDEX "_press_releases_v_version_press_contacts_loca_parent_lookup_idx";
  DROP INDEX "version_displayDate_version_createdAt_idx";
  DROP INDEX "version__status_version_embargo_idx";
  DROP INDEX "_press_releases_v_locales_parent_lookup_idx";
  DROP INDEX "_press_releases_v_texts_parent_lookup_idx";
  DROP INDEX "members_locales_parent_lookup_idx";
  DROP INDEX "photos_locales_parent_lookup_idx";
  DROP INDEX "documents_locales_parent_lookup_idx";
  DROP INDEX "projects_blocks_rich_text_locales_parent_lookup_idx";
  DROP INDEX "projects_blocks_quote_locales_parent_lookup_idx";
  DROP INDEX "projects_blocks_call_to_action_locales_parent_lookup_idx";
  DROP INDEX "projects_blocks_member_grid_locales_parent_lookup_idx";
  DROP INDEX "projects_blocks_upcoming_events_locales_parent_lookup_idx";
  DROP INDEX "projects_blocks_video_embed_locales_parent_lookup_idx";
  DROP INDEX "projects_breadcrumbs_locales_parent_lookup_idx";
  DROP INDEX "projects_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_blocks_rich_text_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_blocks_quote_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_blocks_call_to_action_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_blocks_member_grid_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_blocks_upcoming_events_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_blocks_video_embed_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_version_breadcrumbs_locales_parent_lookup_idx";
  DROP INDEX "_projects_v_locales_parent_lookup_idx";
  DROP INDEX "events_program_locales_parent_lookup_idx";
  DROP INDEX "events_recurrence_exceptions_locales_parent_lookup_idx";
  DROP INDEX "events_locales_parent_lookup_idx";
  DROP INDEX "_events_v_version_program_locales_parent_lookup_idx";
  DROP INDEX "_events_v_version_recurrence_exceptions_local_parent_lookup_idx";
  DROP INDEX "_events_v_locales_parent_lookup_idx";
  DROP INDEX "venues_locales_parent_lookup_idx";
  DROP INDEX "association_locales_parent_lookup_idx";`)
}
