import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actionItems, actionSteps, agencies, meetings } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { pageOffset } from "@/lib/pagination";
import { actionScope } from "./scope";

export const ACTIONS_PAGE_SIZE = 20;

/** Actions the user may see, the most urgent first: blocked and overdue, then by due date. */
export async function listVisibleActions({ actor, page }: { actor: Actor; page: number }) {
  const db = getDb();
  const where = actionScope(actor);
  const [rows, [total]] = await Promise.all([
    db.select({
      id: actionItems.id, title: actionItems.title, status: actionItems.status, priority: actionItems.priority,
      dueDate: actionItems.dueDate, agencyName: agencies.shortName, ownerAgencyId: actionItems.ownerAgencyId,
      meetingId: meetings.id, meetingTitle: meetings.title,
      stepsDone: sql<number>`(select count(*)::int from ${actionSteps} where ${actionSteps.actionItemId} = ${actionItems.id} and ${actionSteps.doneAt} is not null)`,
      stepsTotal: sql<number>`(select count(*)::int from ${actionSteps} where ${actionSteps.actionItemId} = ${actionItems.id})`,
    })
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
      .where(where)
      .orderBy(
        sql`case when ${actionItems.status} in ('done', 'verified') then 1 else 0 end`,
        asc(actionItems.dueDate), asc(actionItems.id),
      )
      .limit(ACTIONS_PAGE_SIZE).offset(pageOffset(page, ACTIONS_PAGE_SIZE)),
    db.select({ n: count() }).from(actionItems).where(and(where)),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: ACTIONS_PAGE_SIZE };
}
export type ActionListRow = Awaited<ReturnType<typeof listVisibleActions>>["rows"][number];
