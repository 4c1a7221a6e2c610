import { and, isNull, like, lte, notInArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { actionItems, notifications } from "@/db/schema";
import { todayInWita } from "@/lib/i18n/dates";
import { notify, recipientsOf } from "./commands";
import { emailNotifications } from "./email";

export const DUE_SOON_DAYS = 3;

/**
 * The daily reminder run: every open action due within three days or overdue notifies its agency
 * heads and assignee, at most once per action, person and WITA day, however often it runs, and
 * on however many servers at once (every server's cron may run it): the dedupe key's unique index
 * lets one run create each reminder, and emailNotifications' claim lets one run e-mail it.
 * Today's reminders that a run before could not e-mail (SMTP down) are e-mailed again.
 * Returns how many notifications this run created and e-mailed.
 */
export async function sendReminders(db: Database, now: Date = new Date()): Promise<{ created: number; emailed: number }> {
  const today = todayInWita(now);
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const due = await db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      dueDate: actionItems.dueDate,
      ownerAgencyId: actionItems.ownerAgencyId,
      assigneeId: actionItems.assigneeId,
    })
    .from(actionItems)
    .where(and(notInArray(actionItems.status, ["done", "verified"]), lte(actionItems.dueDate, horizon)))
    .orderBy(actionItems.id);
  if (due.length === 0) return { created: 0, emailed: 0 };
  const created = await db.transaction(async (tx) => {
    const recipients = await recipientsOf(tx, due);
    return notify(
      tx,
      due.map((a) => {
        const overdue = a.dueDate < today;
        const kind = overdue ? "overdue" : "due_soon";
        return {
          userIds: recipients(a),
          kind,
          params: { title: a.title, dueDate: a.dueDate },
          actionItemId: a.id,
          dedupeKey: `${kind}:${a.id}:${today}`,
        } as const;
      }),
    );
  });
  // Today's reminders still without an e-mail (by their key): those just created, those another
  // run created a moment ago, and any a run before could not send.
  const unsent = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(like(notifications.dedupeKey, `%:${today}`), isNull(notifications.emailedAt)));
  return {
    created: created.length,
    emailed: await emailNotifications(
      db,
      unsent.map((n) => n.id),
    ),
  };
}
