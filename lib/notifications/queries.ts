import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actionItems, meetings, notifications } from "@/db/schema";
import { pageOffset } from "@/lib/pagination";

export const NOTIFICATIONS_PAGE_SIZE = 25;

export async function listNotifications({ userId, page }: { userId: number; page: number }) {
  const db = getDb();
  const where = eq(notifications.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        params: notifications.params,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
        actionItemId: notifications.actionItemId,
        meetingId: notifications.meetingId,
        actionTitle: actionItems.title,
        meetingTitle: meetings.title,
      })
      .from(notifications)
      .leftJoin(actionItems, eq(actionItems.id, notifications.actionItemId))
      .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATIONS_PAGE_SIZE)
      .offset(pageOffset(page, NOTIFICATIONS_PAGE_SIZE)),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: NOTIFICATIONS_PAGE_SIZE };
}
