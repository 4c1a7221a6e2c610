CREATE TABLE "tenants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tenants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"host" text,
	"demo" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug"),
	CONSTRAINT "tenants_host_unique" UNIQUE("host"),
	CONSTRAINT "tenants_slug_format" CHECK ("tenants"."slug" ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
	CONSTRAINT "tenants_name_not_blank" CHECK (length(trim("tenants"."name")) > 0)
);
--> statement-breakpoint
-- The tenants of this transaction, as db/client.ts sets them (set_config(..., true): they end with
-- the transaction). Unset or empty: none, so every tenant table reads as empty.
CREATE FUNCTION kawal_tenants() RETURNS integer[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('kawal.tenants', true), ''), ',')::integer[], '{}'::integer[])
$$;
--> statement-breakpoint
-- The one tenant a write belongs to (the default of every tenant_id): anything but exactly one raises,
-- so an insert outside a tenant, or under a read-only view of several, fails loudly.
CREATE FUNCTION kawal_tenant() RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE
  chosen integer[] := kawal_tenants();
BEGIN
  IF cardinality(chosen) <> 1 THEN
    RAISE EXCEPTION 'kawal: a write needs exactly one tenant, this transaction has {%}', array_to_string(chosen, ',') USING ERRCODE = '42501';
  END IF;
  RETURN chosen[1];
END;
$$;
--> statement-breakpoint
-- The existing single-regency database becomes the first tenant (an empty one gets it too, so a
-- new install serves one regency at today's URLs). The slug comes from KAWAL_TENANT_SLUG (passed
-- by db/client.ts as kawal.first_tenant_slug), the name from the region setting.
INSERT INTO "tenants" ("slug", "name") VALUES (
  coalesce(nullif(current_setting('kawal.first_tenant_slug', true), ''), 'sinjai'),
  coalesce(
    (SELECT nullif(trim("value"->>'name'), '') FROM "settings" WHERE "key" = 'region'),
    'Kabupaten ' || initcap(replace(coalesce(nullif(current_setting('kawal.first_tenant_slug', true), ''), 'sinjai'), '-', ' '))
  )
);
--> statement-breakpoint
SELECT set_config('kawal.tenants', (SELECT min("id")::text FROM "tenants"), true);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "attendees" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "meeting_series" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "coverage_figures" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "periods" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "realisations" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sector_targets" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sectors" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "action_comments" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "action_steps" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "action_supporters" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "action_targets" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "evidence_files" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "history" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "login_limits" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "user_two_factor" ADD COLUMN "tenant_id" integer DEFAULT kawal_tenant() NOT NULL;
--> statement-breakpoint
ALTER TABLE "meeting_series" DROP CONSTRAINT "meeting_series_name_unique";
--> statement-breakpoint
ALTER TABLE "periods" DROP CONSTRAINT "periods_year_unique";
--> statement-breakpoint
ALTER TABLE "sectors" DROP CONSTRAINT "sectors_code_unique";
--> statement-breakpoint
DROP INDEX "agencies_code_key";
--> statement-breakpoint
DROP INDEX "agencies_name_key";
--> statement-breakpoint
DROP INDEX "users_email_key";
--> statement-breakpoint
ALTER TABLE "settings" DROP CONSTRAINT "settings_pkey";
--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_tenant_id_key_pk" PRIMARY KEY("tenant_id","key");
--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_code_key" ON "agencies" USING btree ("tenant_id","code");
--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_name_key" ON "agencies" USING btree ("tenant_id",lower("name"));
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("tenant_id",lower("email"));
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_name_key" UNIQUE("tenant_id","name");
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_year_key" UNIQUE("tenant_id","year");
--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "sectors" ADD CONSTRAINT "sectors_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "sectors" ADD CONSTRAINT "sectors_code_key" UNIQUE("tenant_id","code");
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_tenant_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_agency_id_tenant_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_agenda_item_id_tenant_fk" FOREIGN KEY ("tenant_id","agenda_item_id") REFERENCES "public"."agenda_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_agency_id_tenant_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_to_agency_id_tenant_fk" FOREIGN KEY ("tenant_id","to_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_sector_id_tenant_fk" FOREIGN KEY ("tenant_id","sector_id") REFERENCES "public"."sectors"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_author_id_tenant_fk" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_tenant_fk" FOREIGN KEY ("tenant_id","series_id") REFERENCES "public"."meeting_series"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_user_id_tenant_fk" FOREIGN KEY ("tenant_id","chair_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_finalized_by_id_tenant_fk" FOREIGN KEY ("tenant_id","finalized_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_tenant_fk" FOREIGN KEY ("tenant_id","created_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_agenda_item_id_tenant_fk" FOREIGN KEY ("tenant_id","agenda_item_id") REFERENCES "public"."agenda_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_attendee_id_tenant_fk" FOREIGN KEY ("tenant_id","attendee_id") REFERENCES "public"."attendees"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coverage_figures" ADD CONSTRAINT "coverage_figures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coverage_figures" ADD CONSTRAINT "coverage_figures_entered_by_id_tenant_fk" FOREIGN KEY ("tenant_id","entered_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coverage_figures" ADD CONSTRAINT "coverage_figures_period_id_tenant_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD CONSTRAINT "coverage_targets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD CONSTRAINT "coverage_targets_entered_by_id_tenant_fk" FOREIGN KEY ("tenant_id","entered_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD CONSTRAINT "coverage_targets_period_id_tenant_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_imported_by_id_tenant_fk" FOREIGN KEY ("tenant_id","imported_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_entered_by_id_tenant_fk" FOREIGN KEY ("tenant_id","entered_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_sector_id_tenant_fk" FOREIGN KEY ("tenant_id","sector_id") REFERENCES "public"."sectors"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_import_batch_id_tenant_fk" FOREIGN KEY ("tenant_id","import_batch_id") REFERENCES "public"."import_batches"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_entered_by_id_tenant_fk" FOREIGN KEY ("tenant_id","entered_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_period_id_tenant_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_sector_id_tenant_fk" FOREIGN KEY ("tenant_id","sector_id") REFERENCES "public"."sectors"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sectors" ADD CONSTRAINT "sectors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_tenant_fk" FOREIGN KEY ("tenant_id","updated_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_action_item_id_tenant_fk" FOREIGN KEY ("tenant_id","action_item_id") REFERENCES "public"."action_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_author_id_tenant_fk" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_commitment_id_tenant_fk" FOREIGN KEY ("tenant_id","commitment_id") REFERENCES "public"."commitments"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_agency_id_tenant_fk" FOREIGN KEY ("tenant_id","owner_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_assignee_id_tenant_fk" FOREIGN KEY ("tenant_id","assignee_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_verified_by_id_tenant_fk" FOREIGN KEY ("tenant_id","verified_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_created_by_id_tenant_fk" FOREIGN KEY ("tenant_id","created_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_action_item_id_tenant_fk" FOREIGN KEY ("tenant_id","action_item_id") REFERENCES "public"."action_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_done_by_id_tenant_fk" FOREIGN KEY ("tenant_id","done_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_supporters" ADD CONSTRAINT "action_supporters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_supporters" ADD CONSTRAINT "action_supporters_action_item_id_tenant_fk" FOREIGN KEY ("tenant_id","action_item_id") REFERENCES "public"."action_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_supporters" ADD CONSTRAINT "action_supporters_agency_id_tenant_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_targets" ADD CONSTRAINT "action_targets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_targets" ADD CONSTRAINT "action_targets_action_item_id_tenant_fk" FOREIGN KEY ("tenant_id","action_item_id") REFERENCES "public"."action_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_targets" ADD CONSTRAINT "action_targets_sector_target_id_tenant_fk" FOREIGN KEY ("tenant_id","sector_target_id") REFERENCES "public"."sector_targets"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_progress_update_id_tenant_fk" FOREIGN KEY ("tenant_id","progress_update_id") REFERENCES "public"."progress_updates"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_id_tenant_fk" FOREIGN KEY ("tenant_id","uploaded_by_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_action_item_id_tenant_fk" FOREIGN KEY ("tenant_id","action_item_id") REFERENCES "public"."action_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_tenant_fk" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "history" ADD CONSTRAINT "history_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "history" ADD CONSTRAINT "history_actor_id_tenant_fk" FOREIGN KEY ("tenant_id","actor_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_action_item_id_tenant_fk" FOREIGN KEY ("tenant_id","action_item_id") REFERENCES "public"."action_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_meeting_id_tenant_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "login_limits" ADD CONSTRAINT "login_limits_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "user_two_factor" ADD CONSTRAINT "user_two_factor_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "user_two_factor" ADD CONSTRAINT "user_two_factor_user_id_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Row-level security: the second wall behind the app's own scoping (SECURITY.md, "Tenant isolation").
-- FORCE applies it to the tables' owner too; only a superuser or a BYPASSRLS role passes.
ALTER TABLE "agencies" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "agencies" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "agencies_tenant" ON "agencies" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "users_tenant" ON "users" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "agenda_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "agenda_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "agenda_items_tenant" ON "agenda_items" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "attendees" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "attendees" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "attendees_tenant" ON "attendees" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "commitments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "commitments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "commitments_tenant" ON "commitments" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "meeting_amendments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "meeting_amendments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "meeting_amendments_tenant" ON "meeting_amendments" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "meeting_series" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "meeting_series" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "meeting_series_tenant" ON "meeting_series" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "meetings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "meetings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "meetings_tenant" ON "meetings" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "minutes_confirmations_tenant" ON "minutes_confirmations" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "statements" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "statements" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "statements_tenant" ON "statements" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "coverage_figures" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "coverage_figures" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "coverage_figures_tenant" ON "coverage_figures" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "coverage_targets" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "coverage_targets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "coverage_targets_tenant" ON "coverage_targets" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "import_batches" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "import_batches" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "import_batches_tenant" ON "import_batches" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "periods" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "periods" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "periods_tenant" ON "periods" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "realisations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "realisations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "realisations_tenant" ON "realisations" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "sector_targets" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "sector_targets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "sector_targets_tenant" ON "sector_targets" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "sectors" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "sectors" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "sectors_tenant" ON "sectors" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "settings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "settings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "settings_tenant" ON "settings" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "action_comments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "action_comments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "action_comments_tenant" ON "action_comments" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "action_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "action_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "action_items_tenant" ON "action_items" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "action_steps" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "action_steps" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "action_steps_tenant" ON "action_steps" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "action_supporters" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "action_supporters" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "action_supporters_tenant" ON "action_supporters" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "action_targets" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "action_targets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "action_targets_tenant" ON "action_targets" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "evidence_files" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "evidence_files" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "evidence_files_tenant" ON "evidence_files" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "progress_updates" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "progress_updates" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "progress_updates_tenant" ON "progress_updates" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "history" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "history" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "history_tenant" ON "history" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "notifications" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "notifications_tenant" ON "notifications" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "login_limits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "login_limits" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "login_limits_tenant" ON "login_limits" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "sessions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "sessions_tenant" ON "sessions" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "audit_events_tenant" ON "audit_events" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "recovery_codes" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "recovery_codes" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "recovery_codes_tenant" ON "recovery_codes" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
ALTER TABLE "user_two_factor" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "user_two_factor" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "user_two_factor_tenant" ON "user_two_factor" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
-- The role every statement of the app runs as (db/client.ts: set_config('role', 'kawal_app', true)).
-- Roles belong to the server, not the database: another database on it may have made it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kawal_app') THEN
    CREATE ROLE kawal_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END;
$$;
--> statement-breakpoint
-- Whoever migrates may take the role (a superuser may anyway); the app's login role is added by
-- lib/audit/roles.ts.
GRANT kawal_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO kawal_app;
--> statement-breakpoint
GRANT SELECT ON "tenants" TO kawal_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "agencies", "users", "agenda_items", "attendees", "commitments", "meeting_amendments", "meeting_series", "meetings", "minutes_confirmations", "statements", "coverage_figures", "coverage_targets", "import_batches", "periods", "realisations", "sector_targets", "sectors", "settings", "action_comments", "action_items", "action_steps", "action_supporters", "action_targets", "evidence_files", "progress_updates", "notifications", "login_limits", "sessions", "recovery_codes", "user_two_factor" TO kawal_app;
--> statement-breakpoint
-- The chains stay append-only: no UPDATE or DELETE, and nothing on their heads (audit_chain_heads),
-- which only the security-definer chain triggers write.
GRANT SELECT, INSERT ON "history", "audit_events" TO kawal_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kawal_app;
--> statement-breakpoint
REVOKE ALL ON "audit_chain_heads" FROM kawal_app;
