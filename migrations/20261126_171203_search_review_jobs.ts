import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Trigram indexes of the search (typo fallback); a managed PostgreSQL must allow this extension.
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_review_status" AS ENUM('none', 'submitted', 'returned');
  CREATE TYPE "public"."enum__press_releases_v_version_review_status" AS ENUM('none', 'submitted', 'returned');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cleanupOrphanFiles' BEFORE 'pressSend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cleanupOrphanFiles' BEFORE 'pressSend';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "press_releases" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "review_status" "enum_press_releases_review_status" DEFAULT 'none';
  ALTER TABLE "press_releases" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(title, '') || case when strpos(title, '-') > 0 then ' ' || replace(regexp_replace(title, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(teaser, '') || case when strpos(teaser, '-') > 0 then ' ' || replace(regexp_replace(teaser, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'B') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(jsonb_path_query_array(body, 'strict $.**.text ? (@.type() == "string")')::text, '')), 'C')) STORED;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_status" "enum__press_releases_v_version_review_status" DEFAULT 'none';
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(version_title, '') || case when strpos(version_title, '-') > 0 then ' ' || replace(regexp_replace(version_title, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(version_teaser, '') || case when strpos(version_teaser, '-') > 0 then ' ' || replace(regexp_replace(version_teaser, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'B') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(jsonb_path_query_array(version_body, 'strict $.**.text ? (@.type() == "string")')::text, '')), 'C')) STORED;
  ALTER TABLE "members" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, coalesce(name, '') || case when strpos(name, '-') > 0 then ' ' || replace(regexp_replace(name, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A')) STORED;
  ALTER TABLE "members_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(board_role, '') || case when strpos(board_role, '-') > 0 then ' ' || replace(regexp_replace(board_role, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'B') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(jsonb_path_query_array(bio, 'strict $.**.text ? (@.type() == "string")')::text, '')), 'C')) STORED;
  ALTER TABLE "projects_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(title, '') || case when strpos(title, '-') > 0 then ' ' || replace(regexp_replace(title, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(summary, '') || case when strpos(summary, '-') > 0 then ' ' || replace(regexp_replace(summary, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'B')) STORED;
  ALTER TABLE "_projects_v_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(version_title, '') || case when strpos(version_title, '-') > 0 then ' ' || replace(regexp_replace(version_title, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(version_summary, '') || case when strpos(version_summary, '-') > 0 then ' ' || replace(regexp_replace(version_summary, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'B')) STORED;
  ALTER TABLE "events_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(title, '') || case when strpos(title, '-') > 0 then ' ' || replace(regexp_replace(title, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(jsonb_path_query_array(description, 'strict $.**.text ? (@.type() == "string")')::text, '')), 'C')) STORED;
  ALTER TABLE "_events_v_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(version_title, '') || case when strpos(version_title, '-') > 0 then ' ' || replace(regexp_replace(version_title, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '') else '' end), 'A') || setweight(to_tsvector((case when _locale = 'en' then 'english'::regconfig else 'german'::regconfig end), coalesce(jsonb_path_query_array(version_description, 'strict $.**.text ? (@.type() == "string")')::text, '')), 'C')) STORED;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "press_releases_review_review_status_idx" ON "press_releases" USING btree ("review_status");
  CREATE INDEX "press_releases_review_review_submitted_by_idx" ON "press_releases" USING btree ("review_submitted_by_id");
  CREATE INDEX "press_releases_locales_search_vector_idx" ON "press_releases_locales" USING gin ("search_vector");
  CREATE INDEX "press_releases_locales_search_trgm_idx" ON "press_releases_locales" USING gin (lower(replace(translate(coalesce(title, '') || ' ' || coalesce(teaser, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);
  CREATE INDEX "_press_releases_v_version_review_version_review_status_idx" ON "_press_releases_v" USING btree ("version_review_status");
  CREATE INDEX "_press_releases_v_version_review_version_review_submitte_idx" ON "_press_releases_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_press_releases_v_locales_search_vector_idx" ON "_press_releases_v_locales" USING gin ("search_vector");
  CREATE INDEX "_press_releases_v_locales_search_trgm_idx" ON "_press_releases_v_locales" USING gin (lower(replace(translate(coalesce(version_title, '') || ' ' || coalesce(version_teaser, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);
  CREATE INDEX "members_search_vector_idx" ON "members" USING gin ("search_vector");
  CREATE INDEX "members_search_trgm_idx" ON "members" USING gin (lower(replace(translate(coalesce(name, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);
  CREATE INDEX "members_locales_search_vector_idx" ON "members_locales" USING gin ("search_vector");
  CREATE INDEX "projects_locales_search_vector_idx" ON "projects_locales" USING gin ("search_vector");
  CREATE INDEX "projects_locales_search_trgm_idx" ON "projects_locales" USING gin (lower(replace(translate(coalesce(title, '') || ' ' || coalesce(summary, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);
  CREATE INDEX "_projects_v_locales_search_vector_idx" ON "_projects_v_locales" USING gin ("search_vector");
  CREATE INDEX "_projects_v_locales_search_trgm_idx" ON "_projects_v_locales" USING gin (lower(replace(translate(coalesce(version_title, '') || ' ' || coalesce(version_summary, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);
  CREATE INDEX "events_locales_search_vector_idx" ON "events_locales" USING gin ("search_vector");
  CREATE INDEX "events_locales_search_trgm_idx" ON "events_locales" USING gin (lower(replace(translate(coalesce(title, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);
  CREATE INDEX "_events_v_locales_search_vector_idx" ON "_events_v_locales" USING gin ("search_vector");
  CREATE INDEX "_events_v_locales_search_trgm_idx" ON "_events_v_locales" USING gin (lower(replace(translate(coalesce(version_title, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'), 'ß', 'ss')) gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'webhookEmbargoLift', 'pressSend', 'pressDeliver', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'webhookEmbargoLift', 'pressSend', 'pressDeliver', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "press_releases_review_review_status_idx";
  DROP INDEX "press_releases_review_review_submitted_by_idx";
  DROP INDEX "press_releases_locales_search_vector_idx";
  DROP INDEX "press_releases_locales_search_trgm_idx";
  DROP INDEX "_press_releases_v_version_review_version_review_status_idx";
  DROP INDEX "_press_releases_v_version_review_version_review_submitte_idx";
  DROP INDEX "_press_releases_v_locales_search_vector_idx";
  DROP INDEX "_press_releases_v_locales_search_trgm_idx";
  DROP INDEX "members_search_vector_idx";
  DROP INDEX "members_search_trgm_idx";
  DROP INDEX "members_locales_search_vector_idx";
  DROP INDEX "projects_locales_search_vector_idx";
  DROP INDEX "projects_locales_search_trgm_idx";
  DROP INDEX "_projects_v_locales_search_vector_idx";
  DROP INDEX "_projects_v_locales_search_trgm_idx";
  DROP INDEX "events_locales_search_vector_idx";
  DROP INDEX "events_locales_search_trgm_idx";
  DROP INDEX "_events_v_locales_search_vector_idx";
  DROP INDEX "_events_v_locales_search_trgm_idx";
  ALTER TABLE "press_releases" DROP COLUMN "review_comment";
  ALTER TABLE "press_releases" DROP COLUMN "review_status";
  ALTER TABLE "press_releases" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "review_submitted_at";
  ALTER TABLE "press_releases_locales" DROP COLUMN "search_vector";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "search_vector";
  ALTER TABLE "members" DROP COLUMN "search_vector";
  ALTER TABLE "members_locales" DROP COLUMN "search_vector";
  ALTER TABLE "projects_locales" DROP COLUMN "search_vector";
  ALTER TABLE "_projects_v_locales" DROP COLUMN "search_vector";
  ALTER TABLE "events_locales" DROP COLUMN "search_vector";
  ALTER TABLE "_events_v_locales" DROP COLUMN "search_vector";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  DROP TYPE "public"."enum_press_releases_review_status";
  DROP TYPE "public"."enum__press_releases_v_version_review_status";`)
}
