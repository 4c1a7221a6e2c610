import "server-only";
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications, users } from "@/db/schema";
import type { Notice } from "./notices";

interface Answerable {
  ownerAgencyId: number;
  assigneeId: number | null;
}

/**
 * Who answers for each of these actions: the active heads of the owning office, plus the named
 * assignee. One query for all of them; the result tells the recipients of any one action.
 */
export async function recipientsOf(tx: Executor, actions: Answerable[]): Promise<(action: Answerable) => number[]> {
  const owners = [...new Set(actions.map((a) => a.ownerAgencyId))];
  const assignees = [...new Set(actions.flatMap((a) => (a.assigneeId === null ? [] : [a.assigneeId])))];
  if (owners.length === 0) return () => [];
  const people = await tx
    .select({ id: users.id, agencyId: users.agencyId, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        or(and(eq(users.role, "agency_head"), inArray(users.agencyId, owners)), assignees.length > 0 ? inArray(users.id, assignees) : undefined),
      ),
    );
  return (action) => [
    ...new Set(people.filter((p) => (p.role === "agency_head" && p.agencyId === action.ownerAgencyId) || p.id === action.assigneeId).map((p) => p.id)),
  ];
}

/** Everyone who answers for one office's action. */
export async function agencyRecipients(tx: Executor, agencyId: number, assigneeId: number | null = null): Promise<number[]> {
  const action = { ownerAgencyId: agencyId, assigneeId };
  return (await recipientsOf(tx, [action]))(action);
}

/** A notice is stored as its kind and parameters, and written out in each reader's language when read or e-mailed. */
export type NotificationEntry = Notice & {
  userIds: number[];
  actionItemId?: number | null;
  meetingId?: number | null;
  dedupeKey?: string;
};

/**
 * Queues in-app notifications in one insert (the e-mail job sends the same). A `dedupeKey` makes
 * a repeat of the same reminder to the same person a no-op; returns the ids actually created.
 */
export async function notify(tx: Executor, entries: NotificationEntry | NotificationEntry[]): Promise<number[]> {
  const rows = (Array.isArray(entries) ? entries : [entries]).flatMap((entry) =>
    [...new Set(entry.userIds)].map((userId) => ({
      userId,
      kind: entry.kind,
      actionItemId: entry.actionItemId ?? null,
      meetingId: entry.meetingId ?? null,
      params: entry.params,
      dedupeKey: entry.dedupeKey ?? null,
    })),
  );
  if (rows.length === 0) return [];
  // One order for every caller: two reminder runs inserting the same keys at once then wait for
  // each other row by row instead of each holding a key the other needs (a deadlock).
  rows.sort((a, b) => (a.dedupeKey ?? "").localeCompare(b.dedupeKey ?? "") || a.userId - b.userId);
  const created = await tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
  return created.map((r) => r.id);
}

export async function markRead(tx: Executor, userId: number, ids: number[] | "all"): Promise<void> {
  await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === "all" ? undefined : inArray(notifications.id, ids)));
}
