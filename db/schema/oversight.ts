import { index, integer, pgTable, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./people";
import { sameTenant, tenantId, tenants } from "./tenants";

/**
 * Which regencies a province viewer or a regional reviewer oversees. The row lives in the
 * overseer's region tenant (under row-level security like every tenant table); `regency_id` is
 * the regency read, through withTenants(granted regencies) and nothing else (lib/rollup).
 * A platform admin needs no grant: it oversees every regency.
 */
export const oversightGrants = pgTable(
  "oversight_grants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    regencyId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "restrict" }),
    grantedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("oversight_grants_user_regency_key").on(t.userId, t.regencyId),
    sameTenant("oversight_grants_user_tenant_fk", t.tenantId, t.userId, users),
    index("oversight_grants_tenant_user_idx").on(t.tenantId, t.userId),
    index("oversight_grants_regency_idx").on(t.regencyId),
  ],
);
