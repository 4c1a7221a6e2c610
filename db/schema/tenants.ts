import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, integer, pgTable, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { tenantKindEnum } from "./enums";

/**
 * A regency (or city): the root of every piece of data. Not under row-level security for reading,
 * because a request's tenant is resolved from its host name or path prefix before any tenant is
 * known; the app's role may only read it (ARCHITECTURE.md, "The life of a request").
 */
export const tenants = pgTable(
  "tenants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** In the path prefix of a shared host: /r/<slug>/... */
    slug: text().notNull().unique(),
    name: text().notNull(),
    /** The host name that serves this regency alone, e.g. sinjai.example.go.id. */
    host: text().unique(),
    /** Illustrative data (the demo's second regency), marked as such on every page. */
    demo: boolean().notNull().default(false),
    /** A regency holds the data; a region (a province, a BPJS regional office) holds the people who oversee regencies, and no meetings. */
    kind: tenantKindEnum().notNull().default("regency"),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("tenants_slug_format", sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`), check("tenants_name_not_blank", sql`length(trim(${t.name})) > 0`)],
);

/**
 * The tenant column every tenant table carries. Its default, `kawal_tenant()`, is the one tenant
 * of the transaction (set by db/client.ts), and raises when there is not exactly one: an insert
 * outside a tenant fails loudly.
 */
export const tenantId = () =>
  integer()
    .notNull()
    .default(sql`kawal_tenant()`)
    .references(() => tenants.id, { onDelete: "restrict" });

/**
 * A child points at its parent through (tenant_id, parent_id) onto the parent's unique
 * (tenant_id, id), so no row can point at another tenant's row. The single-column key beside it
 * keeps its delete action (cascade, set null); this one only checks.
 */
export function sameTenant(name: string, tenant: AnyPgColumn, column: AnyPgColumn, parent: { tenantId: AnyPgColumn; id: AnyPgColumn }) {
  return foreignKey({ name, columns: [tenant, column], foreignColumns: [parent.tenantId, parent.id] });
}
