import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { auditEventKinds } from "../../lib/audit/kinds";
import { users } from "./people";
import { sameTenant, tenantId } from "./tenants";

export const auditEventKindEnum = pgEnum("audit_event_kind", auditEventKinds);

/**
 * Logins, failed logins, logouts and refused accesses: append-only and hash-chained like the
 * history (the triggers are in the migrations; lib/audit/verify.ts checks the chain). The e-mail
 * is kept as typed, so a failed login for an unknown address is still on record.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    /** Position in the chain, set by the trigger under a lock; the placeholder marks a row written without it. */
    seq: bigint({ mode: "number" }).notNull().default(0),
    /** sha256 of the previous row's hash and this row's content, set by the trigger. */
    hash: text().notNull().default(""),
    kind: auditEventKindEnum().notNull(),
    userId: integer().references(() => users.id),
    email: text(),
    ipAddress: text().notNull().default(""),
    /** The operation refused, or why a login failed ("wrong", "inactive", "throttled"). */
    detail: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("audit_events_user_id_tenant_fk", t.tenantId, t.userId, users),
    uniqueIndex("audit_events_seq_key").on(t.seq),
    index("audit_events_created_idx").on(t.createdAt),
    index("audit_events_kind_idx").on(t.kind, t.createdAt),
    index("audit_events_email_idx").on(t.email.op("text_pattern_ops"), t.createdAt),
  ],
);

/**
 * The last link of each chain ("history", "audit_events"): how many rows and the last hash. Only
 * the chain triggers (security definer, run as the owner) write it, so a row removed from the end
 * of a chain, or a whole chain truncated, still shows.
 */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chain: text().primaryKey(),
  rows: bigint({ mode: "number" }).notNull(),
  lastHash: text().notNull(),
});
