-- Two-factor login (TOTP). The app's role gets its privileges on the new tables from grantAppRole
-- (lib/audit/roles.ts), which the owner runs after every migration: select, insert, update, delete.
ALTER TYPE "public"."audit_event_kind" ADD VALUE 'two_factor_passed';--> statement-breakpoint
ALTER TYPE "public"."audit_event_kind" ADD VALUE 'two_factor_failed';--> statement-breakpoint
ALTER TYPE "public"."audit_event_kind" ADD VALUE 'recovery_code_used';--> statement-breakpoint
ALTER TYPE "public"."audit_event_kind" ADD VALUE 'two_factor_enrolled';--> statement-breakpoint
ALTER TYPE "public"."audit_event_kind" ADD VALUE 'two_factor_disabled';--> statement-breakpoint
ALTER TYPE "public"."audit_event_kind" ADD VALUE 'recovery_codes_regenerated';--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recovery_codes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_two_factor" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"secret" text,
	"enrolled_at" timestamp with time zone,
	"last_used_step" bigint,
	"pending_secret" text,
	"pending_since" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_two_factor_enrolled_has_secret" CHECK (("user_two_factor"."secret" is null) = ("user_two_factor"."enrolled_at" is null)),
	CONSTRAINT "user_two_factor_pending_has_time" CHECK (("user_two_factor"."pending_secret" is null) = ("user_two_factor"."pending_since" is null)),
	CONSTRAINT "user_two_factor_step_positive" CHECK ("user_two_factor"."last_used_step" is null or "user_two_factor"."last_used_step" >= 0)
);
--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_two_factor" ADD CONSTRAINT "user_two_factor_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_codes_user_code_key" ON "recovery_codes" USING btree ("user_id","code_hash");