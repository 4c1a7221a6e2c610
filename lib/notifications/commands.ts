import "server-only";
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications, users } from "@/db/schema";

export type NotificationKind = (typeof notifications.$inferInsert)["kind"];

/** Everyone who answers for an office's actions: its active agency heads, plus the named assignee. */
export async function agencyRecipients(tx: Executor, agencyId: number, assigneeId: number | null = null): Promise<number[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(and(
    eq(users.active, true),
    or(and(eq(users.agencyId, agencyId), eq(users.role, "agency_head")), assigneeId === null ? undefined : eq(users.id, assigneeId)),
  ));
  return [...new Set(rows.map((r) => r.id))];
}

/**
 * Queues in-app notifications (the e-mail job sends the same). A `dedupeKey` makes a repeat of
 * the same reminder to the same person a no-op; returns the ids actually created.
 */
export async function notify(tx: Executor, entry: {
  userIds: number[]; kind: NotificationKind; actionItemId?: number | null; meetingId?: number | null; message: string; dedupeKey?: string;
}): Promise<number[]> {
  const userIds = [...new Set(entry.userIds)];
  if (userIds.length === 0) return [];
  const rows = await tx.insert(notifications).values(userIds.map((userId) => ({
    userId, kind: entry.kind, actionItemId: entry.actionItemId ?? null, meetingId: entry.meetingId ?? null,
    message: entry.message, dedupeKey: entry.dedupeKey ?? null,
  }))).onConflictDoNothing().returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

export async function markRead(tx: Executor, userId: number, ids: number[] | "all"): Promise<void> {
  await tx.update(notifications).set({ readAt: new Date() }).where(and(
    eq(notifications.userId, userId), isNull(notifications.readAt), ids === "all" ? undefined : inArray(notifications.id, ids),
  ));
}
