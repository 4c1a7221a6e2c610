CREATE TYPE "public"."tenant_kind" AS ENUM('regency', 'region');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'province_viewer';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'regional_reviewer';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'platform_admin';--> statement-breakpoint
CREATE TABLE "oversight_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "oversight_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant_id" integer DEFAULT kawal_tenant() NOT NULL,
	"user_id" integer NOT NULL,
	"regency_id" integer NOT NULL,
	"granted_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oversight_grants_user_regency_key" UNIQUE("user_id","regency_id")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "kind" "tenant_kind" DEFAULT 'regency' NOT NULL;--> statement-breakpoint
ALTER TABLE "oversight_grants" ADD CONSTRAINT "oversight_grants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_grants" ADD CONSTRAINT "oversight_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_grants" ADD CONSTRAINT "oversight_grants_regency_id_tenants_id_fk" FOREIGN KEY ("regency_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_grants" ADD CONSTRAINT "oversight_grants_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_grants" ADD CONSTRAINT "oversight_grants_user_tenant_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oversight_grants_tenant_user_idx" ON "oversight_grants" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "oversight_grants_regency_idx" ON "oversight_grants" USING btree ("regency_id");--> statement-breakpoint
-- Hand-written part of the roll-up migration (0010): row-level security on oversight_grants and
-- the app role's narrow write on tenants. Re-appliable: after regenerating the migration with
-- drizzle-kit, append this file to it (each statement separated by a statement-breakpoint line).
ALTER TABLE "oversight_grants" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "oversight_grants" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS "oversight_grants_tenant" ON "oversight_grants";
--> statement-breakpoint
CREATE POLICY "oversight_grants_tenant" ON "oversight_grants" USING ("tenant_id" = any(kawal_tenants())) WITH CHECK ("tenant_id" = kawal_tenant());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "oversight_grants" TO kawal_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE "oversight_grants_id_seq" TO kawal_app;
--> statement-breakpoint
-- A platform admin adds a regency (lib/platform/commands.ts): the app may insert these columns of
-- tenants and nothing else; it never updates or deletes a tenant (SECURITY.md, "Above the regency").
GRANT INSERT ("slug", "name", "host", "kind") ON "tenants" TO kawal_app;
