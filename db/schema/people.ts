import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { agencyKindEnum, localeEnum, roleEnum } from "./enums";
import { sameTenant, tenantId } from "./tenants";

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** An OPD, the BPJS branch or another office. Actions belong to offices, not people. */
export const agencies = pgTable(
  "agencies",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    code: text().notNull(),
    name: text().notNull(),
    shortName: text().notNull(),
    kind: agencyKindEnum().notNull(),
    headTitle: text().notNull(),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    unique("agencies_tenant_id_key").on(t.tenantId, t.id),
    uniqueIndex("agencies_code_key").on(t.tenantId, t.code),
    uniqueIndex("agencies_name_key").on(t.tenantId, sql`lower(${t.name})`),
    check("agencies_name_not_blank", sql`length(trim(${t.name})) > 0`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    email: text().notNull(),
    name: text().notNull(),
    position: text().notNull().default(""),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    agencyId: integer().references(() => agencies.id, { onDelete: "restrict" }),
    active: boolean().notNull().default(true),
    /** Set by the language switch; notices and e-mails are written in it. */
    locale: localeEnum().notNull().default("id"),
    ...timestamps,
  },
  (t) => [
    unique("users_tenant_id_key").on(t.tenantId, t.id),
    uniqueIndex("users_email_key").on(t.tenantId, sql`lower(${t.email})`),
    sameTenant("users_agency_tenant_fk", t.tenantId, t.agencyId, agencies),
    index("users_agency_idx").on(t.agencyId),
    check("users_agency_head_has_agency", sql`${t.role} <> 'agency_head' or ${t.agencyId} is not null`),
    check("users_name_not_blank", sql`length(trim(${t.name})) > 0`),
  ],
);
