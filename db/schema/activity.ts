import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { notificationKindEnum } from "./enums";
import { actionItems } from "./actions";
import { meetings } from "./meetings";
import { users } from "./people";
import { sameTenant, tenantId } from "./tenants";

/**
 * Append-only history of every change: who, when, what. Triggers in the migrations refuse
 * UPDATE, DELETE and TRUNCATE, and chain each row to the previous one by a hash
 * (lib/audit/verify.ts checks the chain).
 */
export const history = pgTable(
  "history",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    /** Position in the chain, set by the trigger under a lock; the placeholder marks a row written without it. */
    seq: bigint({ mode: "number" }).notNull().default(0),
    /** sha256 of the previous row's hash and this row's content, set by the trigger. */
    hash: text().notNull().default(""),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    entityType: text().notNull(),
    entityId: integer().notNull(),
    operation: text().notNull(),
    changes: jsonb().notNull().default({}),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("history_actor_id_tenant_fk", t.tenantId, t.actorId, users),
    uniqueIndex("history_seq_key").on(t.seq),
    index("history_entity_idx").on(t.entityType, t.entityId, t.createdAt),
    index("history_actor_idx").on(t.actorId, t.createdAt),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum().notNull(),
    actionItemId: integer().references(() => actionItems.id, { onDelete: "cascade" }),
    meetingId: integer().references(() => meetings.id, { onDelete: "cascade" }),
    /** What the notice says, rendered with the message catalogue in the reader's language. */
    params: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** Reminders carry a key (kind, action, day) so that a job run twice sends once. */
    dedupeKey: text(),
    readAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("notifications_user_id_tenant_fk", t.tenantId, t.userId, users),
    sameTenant("notifications_action_item_id_tenant_fk", t.tenantId, t.actionItemId, actionItems),
    sameTenant("notifications_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    index("notifications_user_unread_idx").on(t.userId, t.readAt, t.createdAt),
    uniqueIndex("notifications_dedupe_key").on(t.userId, t.dedupeKey),
  ],
);
