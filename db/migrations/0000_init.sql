CREATE TYPE "public"."action_status" AS ENUM('open', 'in_progress', 'blocked', 'done', 'verified');--> statement-breakpoint
CREATE TYPE "public"."agency_kind" AS ENUM('dinas', 'badan', 'bagian', 'secretariat', 'bpjs', 'other');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('invited', 'present', 'absent', 'represented');--> statement-breakpoint
CREATE TYPE "public"."confirmation_status" AS ENUM('confirmed', 'objected');--> statement-breakpoint
CREATE TYPE "public"."figure_source" AS ENUM('bpjs_branch', 'bps', 'bappeda', 'meeting', 'other');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('draft', 'held', 'minutes_final');--> statement-breakpoint
CREATE TYPE "public"."meeting_type" AS ENUM('coordination', 'monev', 'technical', 'other');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('assigned', 'due_soon', 'overdue', 'returned', 'verified', 'minutes_final');--> statement-breakpoint
CREATE TYPE "public"."priority" AS ENUM('low', 'normal', 'high');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'secretariat', 'agency_head', 'reviewer', 'viewer');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" "agency_kind" NOT NULL,
	"head_title" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_name_not_blank" CHECK (length(trim("agencies"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"agency_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_agency_head_has_agency" CHECK ("users"."role" <> 'agency_head' or "users"."agency_id" is not null),
	CONSTRAINT "users_name_not_blank" CHECK (length(trim("users"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"is_carry_over_review" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendees" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attendees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"user_id" integer,
	"agency_id" integer,
	"name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"institution" text DEFAULT '' NOT NULL,
	"is_chair" boolean DEFAULT false NOT NULL,
	"attendance" "attendance_status" DEFAULT 'invited' NOT NULL,
	"deputy_name" text,
	"deputy_position" text,
	"arrived_at" timestamp with time zone,
	"walk_in" boolean DEFAULT false NOT NULL,
	CONSTRAINT "attendees_deputy_named" CHECK ("attendees"."attendance" <> 'represented' or "attendees"."deputy_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"agenda_item_id" integer,
	"agency_id" integer,
	"to_agency_id" integer,
	"committed_by_name" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"figure" integer,
	"figure_unit" text,
	"sector_id" integer,
	"due_date" date,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_body_not_blank" CHECK (length(trim("commitments"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_amendments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_amendments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"reason" text NOT NULL,
	"changes" text NOT NULL,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_amendments_reason_not_blank" CHECK (length(trim("meeting_amendments"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_series_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_series_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"type" "meeting_type" NOT NULL,
	"series_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"chair_name" text NOT NULL,
	"chair_position" text DEFAULT '' NOT NULL,
	"chair_user_id" integer,
	"minute_taker_name" text DEFAULT '' NOT NULL,
	"minute_taker_position" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"conclusions" text DEFAULT '' NOT NULL,
	"status" "meeting_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"finalized_at" timestamp with time zone,
	"finalized_by_id" integer,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_title_not_blank" CHECK (length(trim("meetings"."title")) > 0),
	CONSTRAINT "meetings_ends_after_start" CHECK ("meetings"."ends_at" is null or "meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_final_has_time" CHECK ("meetings"."status" <> 'minutes_final' or "meetings"."finalized_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "minutes_confirmations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "minutes_confirmations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"status" "confirmation_status" NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_confirmations_objection_reason" CHECK ("minutes_confirmations"."status" <> 'objected' or length(trim(coalesce("minutes_confirmations"."reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "statements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"agenda_item_id" integer,
	"attendee_id" integer,
	"speaker_name" text NOT NULL,
	"speaker_position" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coverage_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_id" integer,
	"participants" integer,
	"population" integer,
	"coverage_pct" numeric(5, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"source" "figure_source" NOT NULL,
	"data_date" date NOT NULL,
	"entered_by_id" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coverage_figures_pct_range" CHECK ("coverage_figures"."coverage_pct" between 0 and 100),
	CONSTRAINT "coverage_figures_counts_nonneg" CHECK (coalesce("coverage_figures"."participants", 0) >= 0 and coalesce("coverage_figures"."population", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "coverage_targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coverage_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_id" integer NOT NULL,
	"working_population" integer NOT NULL,
	"baseline_participants" integer NOT NULL,
	"baseline_coverage_pct" numeric(5, 2) NOT NULL,
	"target_coverage_pct" numeric(5, 2) NOT NULL,
	"target_participants_stated" integer,
	"deadline" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"source" "figure_source" NOT NULL,
	"data_date" date NOT NULL,
	"entered_by_id" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coverage_targets_population_positive" CHECK ("coverage_targets"."working_population" > 0),
	CONSTRAINT "coverage_targets_baseline_nonneg" CHECK ("coverage_targets"."baseline_participants" >= 0),
	CONSTRAINT "coverage_targets_pct_range" CHECK ("coverage_targets"."baseline_coverage_pct" between 0 and 100 and "coverage_targets"."target_coverage_pct" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"file_name" text NOT NULL,
	"row_count" integer NOT NULL,
	"imported_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "periods_year_unique" UNIQUE("year"),
	CONSTRAINT "periods_range" CHECK ("periods"."ends_on" >= "periods"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "realisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "realisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"sector_id" integer NOT NULL,
	"month" date NOT NULL,
	"new_participants" integer NOT NULL,
	"active_participants" integer NOT NULL,
	"import_batch_id" integer,
	"source" "figure_source" NOT NULL,
	"data_date" date NOT NULL,
	"entered_by_id" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisations_month_first_day" CHECK (extract(day from "realisations"."month") = 1),
	CONSTRAINT "realisations_active_nonneg" CHECK ("realisations"."active_participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sector_targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sector_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_id" integer NOT NULL,
	"sector_id" integer NOT NULL,
	"baseline_participants" integer NOT NULL,
	"target_participants" integer NOT NULL,
	"eligible_population" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"source" "figure_source" NOT NULL,
	"data_date" date NOT NULL,
	"entered_by_id" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sector_targets_counts_nonneg" CHECK ("sector_targets"."baseline_participants" >= 0 and "sector_targets"."target_participants" >= 0 and coalesce("sector_targets"."eligible_population", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sectors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description_id" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sectors_code_unique" UNIQUE("code"),
	CONSTRAINT "sectors_name_not_blank" CHECK (length(trim("sectors"."name_id")) > 0)
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "action_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_item_id" integer NOT NULL,
	"author_id" integer,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "action_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer,
	"commitment_id" integer,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_agency_id" integer NOT NULL,
	"assignee_id" integer,
	"due_date" date NOT NULL,
	"priority" "priority" DEFAULT 'normal' NOT NULL,
	"status" "action_status" DEFAULT 'open' NOT NULL,
	"blocked_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"completed_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"verified_by_id" integer,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_title_not_blank" CHECK (length(trim("action_items"."title")) > 0),
	CONSTRAINT "action_items_blocked_reason" CHECK ("action_items"."status" <> 'blocked' or length(trim(coalesce("action_items"."blocked_reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "action_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "action_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_item_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_date" date,
	"done_at" timestamp with time zone,
	"done_by_id" integer
);
--> statement-breakpoint
CREATE TABLE "action_supporters" (
	"action_item_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	CONSTRAINT "action_supporters_action_item_id_agency_id_pk" PRIMARY KEY("action_item_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "action_targets" (
	"action_item_id" integer NOT NULL,
	"sector_target_id" integer NOT NULL,
	"expected_contribution" integer NOT NULL,
	"reported_contribution" integer DEFAULT 0 NOT NULL,
	"verified_contribution" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "action_targets_action_item_id_sector_target_id_pk" PRIMARY KEY("action_item_id","sector_target_id"),
	CONSTRAINT "action_targets_nonneg" CHECK ("action_targets"."expected_contribution" >= 0 and "action_targets"."reported_contribution" >= 0 and "action_targets"."verified_contribution" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"progress_update_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_size" CHECK ("evidence_files"."size_bytes" between 0 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "progress_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_item_id" integer NOT NULL,
	"author_id" integer,
	"body" text NOT NULL,
	"percent" integer,
	"figure_achieved" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_updates_percent_range" CHECK ("progress_updates"."percent" is null or "progress_updates"."percent" between 0 and 100),
	CONSTRAINT "progress_updates_figure_nonneg" CHECK ("progress_updates"."figure_achieved" is null or "progress_updates"."figure_achieved" >= 0)
);
--> statement-breakpoint
CREATE TABLE "history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" integer,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"operation" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"action_item_id" integer,
	"meeting_id" integer,
	"message" text DEFAULT '' NOT NULL,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_to_agency_id_agencies_id_fk" FOREIGN KEY ("to_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_user_id_users_id_fk" FOREIGN KEY ("chair_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_finalized_by_id_users_id_fk" FOREIGN KEY ("finalized_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_attendee_id_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."attendees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_figures" ADD CONSTRAINT "coverage_figures_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_figures" ADD CONSTRAINT "coverage_figures_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD CONSTRAINT "coverage_targets_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD CONSTRAINT "coverage_targets_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_targets" ADD CONSTRAINT "sector_targets_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_supporters" ADD CONSTRAINT "action_supporters_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_supporters" ADD CONSTRAINT "action_supporters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_targets" ADD CONSTRAINT "action_targets_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_targets" ADD CONSTRAINT "action_targets_sector_target_id_sector_targets_id_fk" FOREIGN KEY ("sector_target_id") REFERENCES "public"."sector_targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_progress_update_id_progress_updates_id_fk" FOREIGN KEY ("progress_update_id") REFERENCES "public"."progress_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history" ADD CONSTRAINT "history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_code_key" ON "agencies" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_name_key" ON "agencies" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_meeting_position_key" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "attendees_meeting_user_key" ON "attendees" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "attendees_agency_meeting_idx" ON "attendees" USING btree ("agency_id","meeting_id");--> statement-breakpoint
CREATE INDEX "commitments_meeting_idx" ON "commitments" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "commitments_to_agency_idx" ON "commitments" USING btree ("to_agency_id","created_at");--> statement-breakpoint
CREATE INDEX "commitments_agency_idx" ON "commitments" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "meeting_amendments_meeting_idx" ON "meeting_amendments" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "meetings_starts_at_idx" ON "meetings" USING btree ("starts_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "meetings_series_idx" ON "meetings" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_confirmations_meeting_user_key" ON "minutes_confirmations" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "statements_meeting_idx" ON "statements" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "coverage_figures_date_idx" ON "coverage_figures" USING btree ("data_date");--> statement-breakpoint
CREATE UNIQUE INDEX "coverage_targets_period_key" ON "coverage_targets" USING btree ("period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "realisations_sector_month_key" ON "realisations" USING btree ("sector_id","month");--> statement-breakpoint
CREATE INDEX "realisations_month_idx" ON "realisations" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "sector_targets_period_sector_key" ON "sector_targets" USING btree ("period_id","sector_id");--> statement-breakpoint
CREATE INDEX "action_comments_action_idx" ON "action_comments" USING btree ("action_item_id","created_at");--> statement-breakpoint
CREATE INDEX "action_items_owner_status_due_idx" ON "action_items" USING btree ("owner_agency_id","status","due_date");--> statement-breakpoint
CREATE INDEX "action_items_status_due_idx" ON "action_items" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_commitment_idx" ON "action_items" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "action_items_assignee_idx" ON "action_items" USING btree ("assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "action_steps_action_position_key" ON "action_steps" USING btree ("action_item_id","position");--> statement-breakpoint
CREATE INDEX "action_supporters_agency_idx" ON "action_supporters" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "action_targets_sector_target_idx" ON "action_targets" USING btree ("sector_target_id");--> statement-breakpoint
CREATE INDEX "evidence_files_update_idx" ON "evidence_files" USING btree ("progress_update_id");--> statement-breakpoint
CREATE INDEX "progress_updates_action_idx" ON "progress_updates" USING btree ("action_item_id","created_at");--> statement-breakpoint
CREATE INDEX "history_entity_idx" ON "history" USING btree ("entity_type","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "history_actor_idx" ON "history" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id","read_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("user_id","dedupe_key");