import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { notificationKindEnum } from "./enums";
import { actionItems } from "./actions";
import { meetings } from "./meetings";
import { users } from "./people";

/**
 * Append-only history of every change: who, when, what. A trigger in the migrations refuses
 * UPDATE and DELETE on this table.
 */
export const history = pgTable(
  "history",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    entityType: text().notNull(),
    entityId: integer().notNull(),
    operation: text().notNull(),
    changes: jsonb().notNull().default({}),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("history_entity_idx").on(t.entityType, t.entityId, t.createdAt), index("history_actor_idx").on(t.actorId, t.createdAt)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().notNull().references(() => users.id, { onDelete: "cascade" }),
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
    index("notifications_user_unread_idx").on(t.userId, t.readAt, t.createdAt),
    uniqueIndex("notifications_dedupe_key").on(t.userId, t.dedupeKey),
  ],
);
