import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_distribution_topics" AS ENUM('architecture', 'design', 'communication', 'art', 'culture');
  CREATE TYPE "public"."enum_press_releases_distribution_languages" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum__press_releases_v_version_distribution_topics" AS ENUM('architecture', 'design', 'communication', 'art', 'culture');
  CREATE TYPE "public"."enum__press_releases_v_version_distribution_languages" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_press_contacts_topics" AS ENUM('architecture', 'design', 'communication', 'art', 'culture');
  CREATE TYPE "public"."enum_press_contacts_language" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_press_contacts_status" AS ENUM('pending', 'subscribed', 'unsubscribed');
  CREATE TYPE "public"."enum_press_contacts_consent_source" AS ENUM('double-opt-in', 'staff');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('press-release.published', 'press-release.updated', 'press-release.unpublished', 'press-release.embargo-lifted', 'photo.withdrawn', 'event.published', 'event.updated', 'event.unpublished', 'member.consent-withdrawn');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('press-release.published', 'press-release.updated', 'press-release.unpublished', 'press-release.embargo-lifted', 'photo.withdrawn', 'event.published', 'event.updated', 'event.unpublished', 'member.consent-withdrawn');
  CREATE TYPE "public"."enum_press_previews_language" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_press_preview_openings_resource" AS ENUM('page', 'file', 'attachment', 'press-kit', 'public');
  CREATE TYPE "public"."enum_press_sends_topics" AS ENUM('architecture', 'design', 'communication', 'art', 'culture');
  CREATE TYPE "public"."enum_press_sends_languages" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_press_sends_status" AS ENUM('queued', 'sending', 'done');
  CREATE TYPE "public"."enum_press_deliveries_language" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_press_deliveries_status" AS ENUM('queued', 'sent', 'retrying', 'skipped', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'webhookEmbargoLift' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pressSend' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pressDeliver' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'webhookEmbargoLift' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pressSend' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pressDeliver' BEFORE 'schedulePublish';
  CREATE TABLE "press_releases_distribution_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_releases_distribution_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_releases_distribution_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_releases_distribution_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_version_distribution_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__press_releases_v_version_distribution_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_version_distribution_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__press_releases_v_version_distribution_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_contacts_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_contacts_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"outlet" varchar,
  	"email" varchar NOT NULL,
  	"language" "enum_press_contacts_language" DEFAULT 'de' NOT NULL,
  	"status" "enum_press_contacts_status" DEFAULT 'subscribed' NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"consent_source" "enum_press_contacts_consent_source",
  	"legal_basis" varchar,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"confirmation_expires_at" timestamp(3) with time zone,
  	"confirmation_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"secret" varchar,
  	"previous_secret" varchar,
  	"previous_secret_valid_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"endpoint_id" integer,
  	"event" "enum_webhook_deliveries_event",
  	"webhook_id" varchar,
  	"attempt" numeric,
  	"succeeded" boolean,
  	"status_code" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"started_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "press_previews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer NOT NULL,
  	"recipient_name" varchar,
  	"recipient_email" varchar NOT NULL,
  	"language" "enum_press_previews_language" DEFAULT 'de',
  	"expires_at" timestamp(3) with time zone,
  	"revoked" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"nonce" varchar,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "press_preview_openings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"preview_id" integer NOT NULL,
  	"release_id" integer,
  	"recipient_email" varchar,
  	"opened_at" timestamp(3) with time zone NOT NULL,
  	"resource" "enum_press_preview_openings_resource" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "press_sends_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_sends_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_sends_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_sends_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_sends" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer NOT NULL,
  	"requested_by_id" integer,
  	"status" "enum_press_sends_status" DEFAULT 'queued' NOT NULL,
  	"recipients" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "press_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"send_id" integer NOT NULL,
  	"release_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"language" "enum_press_deliveries_language" DEFAULT 'de',
  	"contact_i_d" numeric,
  	"status" "enum_press_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"preview_link" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "press_releases" ADD COLUMN "distribution_send" boolean DEFAULT false;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_distribution_send" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "calendar_sequence" numeric DEFAULT 0;
  ALTER TABLE "_events_v" ADD COLUMN "version_calendar_sequence" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhooks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_previews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_preview_openings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_sends_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_deliveries_id" integer;
  ALTER TABLE "press_releases_distribution_topics" ADD CONSTRAINT "press_releases_distribution_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_distribution_languages" ADD CONSTRAINT "press_releases_distribution_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_distribution_topics" ADD CONSTRAINT "_press_releases_v_version_distribution_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_distribution_languages" ADD CONSTRAINT "_press_releases_v_version_distribution_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_contacts_topics" ADD CONSTRAINT "press_contacts_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhooks_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_previews" ADD CONSTRAINT "press_previews_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_previews" ADD CONSTRAINT "press_previews_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_preview_openings" ADD CONSTRAINT "press_preview_openings_preview_id_press_previews_id_fk" FOREIGN KEY ("preview_id") REFERENCES "public"."press_previews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_preview_openings" ADD CONSTRAINT "press_preview_openings_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_sends_topics" ADD CONSTRAINT "press_sends_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_sends"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_sends_languages" ADD CONSTRAINT "press_sends_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_sends"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_sends" ADD CONSTRAINT "press_sends_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_sends" ADD CONSTRAINT "press_sends_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_deliveries" ADD CONSTRAINT "press_deliveries_send_id_press_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."press_sends"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_deliveries" ADD CONSTRAINT "press_deliveries_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "press_releases_distribution_topics_order_idx" ON "press_releases_distribution_topics" USING btree ("order");
  CREATE INDEX "press_releases_distribution_topics_parent_idx" ON "press_releases_distribution_topics" USING btree ("parent_id");
  CREATE INDEX "press_releases_distribution_languages_order_idx" ON "press_releases_distribution_languages" USING btree ("order");
  CREATE INDEX "press_releases_distribution_languages_parent_idx" ON "press_releases_distribution_languages" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_distribution_topics_order_idx" ON "_press_releases_v_version_distribution_topics" USING btree ("order");
  CREATE INDEX "_press_releases_v_version_distribution_topics_parent_idx" ON "_press_releases_v_version_distribution_topics" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_distribution_languages_order_idx" ON "_press_releases_v_version_distribution_languages" USING btree ("order");
  CREATE INDEX "_press_releases_v_version_distribution_languages_parent_idx" ON "_press_releases_v_version_distribution_languages" USING btree ("parent_id");
  CREATE INDEX "press_contacts_topics_order_idx" ON "press_contacts_topics" USING btree ("order");
  CREATE INDEX "press_contacts_topics_parent_idx" ON "press_contacts_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "press_contacts_email_idx" ON "press_contacts" USING btree ("email");
  CREATE INDEX "press_contacts_status_idx" ON "press_contacts" USING btree ("status");
  CREATE INDEX "press_contacts_confirmation_token_hash_idx" ON "press_contacts" USING btree ("confirmation_token_hash");
  CREATE INDEX "press_contacts_updated_at_idx" ON "press_contacts" USING btree ("updated_at");
  CREATE INDEX "press_contacts_created_at_idx" ON "press_contacts" USING btree ("created_at");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id");
  CREATE INDEX "webhook_deliveries_webhook_id_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "press_previews_release_idx" ON "press_previews" USING btree ("release_id");
  CREATE INDEX "press_previews_created_by_idx" ON "press_previews" USING btree ("created_by_id");
  CREATE UNIQUE INDEX "press_previews_token_hash_idx" ON "press_previews" USING btree ("token_hash");
  CREATE INDEX "press_previews_updated_at_idx" ON "press_previews" USING btree ("updated_at");
  CREATE INDEX "press_previews_created_at_idx" ON "press_previews" USING btree ("created_at");
  CREATE INDEX "press_preview_openings_preview_idx" ON "press_preview_openings" USING btree ("preview_id");
  CREATE INDEX "press_preview_openings_release_idx" ON "press_preview_openings" USING btree ("release_id");
  CREATE INDEX "press_preview_openings_opened_at_idx" ON "press_preview_openings" USING btree ("opened_at");
  CREATE INDEX "press_preview_openings_updated_at_idx" ON "press_preview_openings" USING btree ("updated_at");
  CREATE INDEX "press_preview_openings_created_at_idx" ON "press_preview_openings" USING btree ("created_at");
  CREATE INDEX "press_sends_topics_order_idx" ON "press_sends_topics" USING btree ("order");
  CREATE INDEX "press_sends_topics_parent_idx" ON "press_sends_topics" USING btree ("parent_id");
  CREATE INDEX "press_sends_languages_order_idx" ON "press_sends_languages" USING btree ("order");
  CREATE INDEX "press_sends_languages_parent_idx" ON "press_sends_languages" USING btree ("parent_id");
  CREATE INDEX "press_sends_release_idx" ON "press_sends" USING btree ("release_id");
  CREATE INDEX "press_sends_requested_by_idx" ON "press_sends" USING btree ("requested_by_id");
  CREATE INDEX "press_sends_updated_at_idx" ON "press_sends" USING btree ("updated_at");
  CREATE INDEX "press_sends_created_at_idx" ON "press_sends" USING btree ("created_at");
  CREATE INDEX "press_deliveries_send_idx" ON "press_deliveries" USING btree ("send_id");
  CREATE INDEX "press_deliveries_release_idx" ON "press_deliveries" USING btree ("release_id");
  CREATE INDEX "press_deliveries_status_idx" ON "press_deliveries" USING btree ("status");
  CREATE INDEX "press_deliveries_updated_at_idx" ON "press_deliveries" USING btree ("updated_at");
  CREATE INDEX "press_deliveries_created_at_idx" ON "press_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_contacts_fk" FOREIGN KEY ("press_contacts_id") REFERENCES "public"."press_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_previews_fk" FOREIGN KEY ("press_previews_id") REFERENCES "public"."press_previews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_preview_openings_fk" FOREIGN KEY ("press_preview_openings_id") REFERENCES "public"."press_preview_openings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_sends_fk" FOREIGN KEY ("press_sends_id") REFERENCES "public"."press_sends"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_deliveries_fk" FOREIGN KEY ("press_deliveries_id") REFERENCES "public"."press_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_press_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("press_contacts_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_press_previews_id_idx" ON "payload_locked_documents_rels" USING btree ("press_previews_id");
  CREATE INDEX "payload_locked_documents_rels_press_preview_openings_id_idx" ON "payload_locked_documents_rels" USING btree ("press_preview_openings_id");
  CREATE INDEX "payload_locked_documents_rels_press_sends_id_idx" ON "payload_locked_documents_rels" USING btree ("press_sends_id");
  CREATE INDEX "payload_locked_documents_rels_press_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("press_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_distribution_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_distribution_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_distribution_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_distribution_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_contacts_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_previews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_preview_openings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_sends_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_sends_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_sends" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "press_releases_distribution_topics" CASCADE;
  DROP TABLE "press_releases_distribution_languages" CASCADE;
  DROP TABLE "_press_releases_v_version_distribution_topics" CASCADE;
  DROP TABLE "_press_releases_v_version_distribution_languages" CASCADE;
  DROP TABLE "press_contacts_topics" CASCADE;
  DROP TABLE "press_contacts" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "press_previews" CASCADE;
  DROP TABLE "press_preview_openings" CASCADE;
  DROP TABLE "press_sends_topics" CASCADE;
  DROP TABLE "press_sends_languages" CASCADE;
  DROP TABLE "press_sends" CASCADE;
  DROP TABLE "press_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhooks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_previews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_preview_openings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_sends_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_press_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhooks_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_press_previews_id_idx";
  DROP INDEX "payload_locked_documents_rels_press_preview_openings_id_idx";
  DROP INDEX "payload_locked_documents_rels_press_sends_id_idx";
  DROP INDEX "payload_locked_documents_rels_press_deliveries_id_idx";
  ALTER TABLE "press_releases" DROP COLUMN "distribution_send";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_distribution_send";
  ALTER TABLE "events" DROP COLUMN "calendar_sequence";
  ALTER TABLE "_events_v" DROP COLUMN "version_calendar_sequence";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhooks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_previews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_preview_openings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_sends_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_deliveries_id";
  DROP TYPE "public"."enum_press_releases_distribution_topics";
  DROP TYPE "public"."enum_press_releases_distribution_languages";
  DROP TYPE "public"."enum__press_releases_v_version_distribution_topics";
  DROP TYPE "public"."enum__press_releases_v_version_distribution_languages";
  DROP TYPE "public"."enum_press_contacts_topics";
  DROP TYPE "public"."enum_press_contacts_language";
  DROP TYPE "public"."enum_press_contacts_status";
  DROP TYPE "public"."enum_press_contacts_consent_source";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_press_previews_language";
  DROP TYPE "public"."enum_press_preview_openings_resource";
  DROP TYPE "public"."enum_press_sends_topics";
  DROP TYPE "public"."enum_press_sends_languages";
  DROP TYPE "public"."enum_press_sends_status";
  DROP TYPE "public"."enum_press_deliveries_language";
  DROP TYPE "public"."enum_press_deliveries_status";`)
}
