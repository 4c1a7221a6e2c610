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
