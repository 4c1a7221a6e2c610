import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  actionComments, actionItems, actionSteps, actionSupporters, actionTargets, agencies, commitments, evidenceFiles, history,
  meetings, periods, progressUpdates, sectorTargets, sectors, users,
} from "@/db/schema";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { readableActions, readableMeetings, type Actor } from "@/lib/policy";
import { todayInWita } from "@/lib/i18n/dates";
import { pageOffset } from "@/lib/pagination";

export const ACTIONS_PAGE_SIZE = 20;

export interface ActionFilters {
  agencyId?: number;
  status?: ActionStatus;
  sectorId?: number;
  meetingId?: number;
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
}

function actionFilter(actor: Actor, f: ActionFilters, today: string): SQL | undefined {
  return and(
    readableActions(actor),
    f.agencyId ? eq(actionItems.ownerAgencyId, f.agencyId) : undefined,
    f.status ? eq(actionItems.status, f.status) : undefined,
    f.meetingId ? eq(actionItems.meetingId, f.meetingId) : undefined,
    f.dueFrom ? gte(actionItems.dueDate, f.dueFrom) : undefined,
    f.dueTo ? lte(actionItems.dueDate, f.dueTo) : undefined,
    f.overdue ? and(lt(actionItems.dueDate, today), notInArray(actionItems.status, ["done", "verified"])) : undefined,
    f.sectorId
      ? exists(sql`(select 1 from ${actionTargets} join ${sectorTargets} on ${sectorTargets.id} = ${actionTargets.sectorTargetId}
          where ${actionTargets.actionItemId} = ${actionItems.id} and ${sectorTargets.sectorId} = ${f.sectorId})`)
      : undefined,
  );
}

const listColumns = {
  id: actionItems.id, title: actionItems.title, status: actionItems.status, priority: actionItems.priority,
  dueDate: actionItems.dueDate, agencyName: agencies.shortName, ownerAgencyId: actionItems.ownerAgencyId,
  meetingId: meetings.id, meetingTitle: meetings.title,
  stepsDone: sql<number>`(select count(*)::int from ${actionSteps} where ${actionSteps.actionItemId} = ${actionItems.id} and ${actionSteps.doneAt} is not null)`,
  stepsTotal: sql<number>`(select count(*)::int from ${actionSteps} where ${actionSteps.actionItemId} = ${actionItems.id})`,
};

/** Actions the user may see, most urgent first: open ones by due date, then the closed ones. */
export async function listVisibleActions({ actor, page, filters = {} }: { actor: Actor; page: number; filters?: ActionFilters }) {
  const db = getDb();
  const where = actionFilter(actor, filters, todayInWita());
  const [rows, [total]] = await Promise.all([
    db.select(listColumns)
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .leftJoin(meetings, and(eq(meetings.id, actionItems.meetingId), readableMeetings(actor)))
      .where(where)
      .orderBy(sql`case when ${actionItems.status} in ('done', 'verified') then 1 else 0 end`, asc(actionItems.dueDate), asc(actionItems.id))
      .limit(ACTIONS_PAGE_SIZE).offset(pageOffset(page, ACTIONS_PAGE_SIZE)),
    db.select({ n: count() }).from(actionItems).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: ACTIONS_PAGE_SIZE };
}
export type ActionListRow = Awaited<ReturnType<typeof listVisibleActions>>["rows"][number];

export const BOARD_COLUMN_LIMIT = 50;

/** The board: per status, the first actions by due date and how many there are in all (one query per column). */
export async function actionBoard({ actor, filters = {} }: { actor: Actor; filters?: ActionFilters }) {
  const db = getDb();
  const where = actionFilter(actor, filters, todayInWita());
  const [columns, totals] = await Promise.all([
    Promise.all(actionStatuses.map((status) => db.select(listColumns)
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .leftJoin(meetings, and(eq(meetings.id, actionItems.meetingId), readableMeetings(actor)))
      .where(and(where, eq(actionItems.status, status)))
      .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
      .limit(BOARD_COLUMN_LIMIT))),
    db.select({ status: actionItems.status, n: count() }).from(actionItems).where(where).groupBy(actionItems.status),
  ]);
  return actionStatuses.map((status, i) => ({ status, total: totals.find((t) => t.status === status)?.n ?? 0, rows: columns[i]! }));
}

/** "My agency's actions" in three urgent groups: overdue, due within 7 days, in progress. */
export async function agencyActionSummary({ actor }: { actor: Actor }) {
  const today = todayInWita();
  const week = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const db = getDb();
  const open = notInArray(actionItems.status, ["done", "verified"]);
  const base = (extra: SQL | undefined) => db.select(listColumns).from(actionItems)
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId)).leftJoin(meetings, and(eq(meetings.id, actionItems.meetingId), readableMeetings(actor)))
    .where(and(readableActions(actor), open, extra)).orderBy(asc(actionItems.dueDate), asc(actionItems.id)).limit(50);
  const [overdue, dueSoon, inProgress] = await Promise.all([
    base(lt(actionItems.dueDate, today)),
    base(and(gte(actionItems.dueDate, today), lte(actionItems.dueDate, week))),
    base(and(gte(actionItems.dueDate, week), inArray(actionItems.status, ["in_progress", "blocked"]))),
  ]);
  return { overdue, dueSoon, inProgress };
}

/** One action as its page shows it, or null when the user may not see it. */
export async function getActionDetail({ actor, id }: { actor: Actor; id: number }) {
  const db = getDb();
  const [row] = await db
    .select({ action: actionItems, agencyName: agencies.name, agencyShort: agencies.shortName, meetingTitle: meetings.title, meetingStartsAt: meetings.startsAt, commitmentBody: commitments.body, assigneeName: users.name })
    .from(actionItems)
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
    .leftJoin(meetings, and(eq(meetings.id, actionItems.meetingId), readableMeetings(actor)))
    .leftJoin(commitments, and(eq(commitments.id, actionItems.commitmentId), eq(commitments.meetingId, meetings.id)))
    .leftJoin(users, eq(users.id, actionItems.assigneeId))
    .where(and(eq(actionItems.id, id), readableActions(actor)))
    .limit(1);
  if (!row) return null;
  const [steps, supporters, targets, updates, files, comments, log] = await Promise.all([
    db.select().from(actionSteps).where(eq(actionSteps.actionItemId, id)).orderBy(asc(actionSteps.position)),
    db.select({ id: agencies.id, name: agencies.shortName }).from(actionSupporters).innerJoin(agencies, eq(agencies.id, actionSupporters.agencyId)).where(eq(actionSupporters.actionItemId, id)),
    db.select({ sectorTargetId: actionTargets.sectorTargetId, expected: actionTargets.expectedContribution, reported: actionTargets.reportedContribution, verified: actionTargets.verifiedContribution, sectorId: sectors.id, sectorNameId: sectors.nameId, sectorNameEn: sectors.nameEn })
      .from(actionTargets).innerJoin(sectorTargets, eq(sectorTargets.id, actionTargets.sectorTargetId)).innerJoin(sectors, eq(sectors.id, sectorTargets.sectorId))
      .where(eq(actionTargets.actionItemId, id)).orderBy(asc(sectors.position)),
    db.select({ update: progressUpdates, authorName: users.name }).from(progressUpdates).leftJoin(users, eq(users.id, progressUpdates.authorId))
      .where(eq(progressUpdates.actionItemId, id)).orderBy(desc(progressUpdates.createdAt)).limit(100),
    db.select({ id: evidenceFiles.id, progressUpdateId: evidenceFiles.progressUpdateId, fileName: evidenceFiles.fileName, contentType: evidenceFiles.contentType, sizeBytes: evidenceFiles.sizeBytes })
      .from(evidenceFiles).innerJoin(progressUpdates, eq(progressUpdates.id, evidenceFiles.progressUpdateId)).where(eq(progressUpdates.actionItemId, id)),
    db.select({ comment: actionComments, authorName: users.name }).from(actionComments).leftJoin(users, eq(users.id, actionComments.authorId))
      .where(eq(actionComments.actionItemId, id)).orderBy(asc(actionComments.createdAt)).limit(200),
    db.select({ entry: history, actorName: users.name }).from(history).leftJoin(users, eq(users.id, history.actorId))
      .where(and(eq(history.entityType, "action_item"), eq(history.entityId, id))).orderBy(desc(history.createdAt), desc(history.id)).limit(200),
  ]);
  return {
    ...row.action,
    agencyName: row.agencyName, agencyShort: row.agencyShort, meetingTitle: row.meetingTitle, meetingStartsAt: row.meetingStartsAt,
    commitmentBody: row.commitmentBody, assigneeName: row.assigneeName,
    steps, supporters, targets,
    updates: updates.map((u) => ({ ...u.update, authorName: u.authorName, files: files.filter((f) => f.progressUpdateId === u.update.id) })),
    comments: comments.map((c) => ({ ...c.comment, authorName: c.authorName })),
    history: log.map((l) => ({ ...l.entry, actorName: l.actorName })),
  };
}
export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getActionDetail>>>;

/** The reviewer's queue: actions reported done, oldest first. */
export async function reviewQueue({ actor, page }: { actor: Actor; page: number }) {
  return listVisibleActions({ actor, page, filters: { status: "done" } });
}

/** An evidence file with its content, if the user may see the action it belongs to. */
export async function getEvidenceFile({ actor, id }: { actor: Actor; id: number }) {
  const [row] = await getDb()
    .select({ fileName: evidenceFiles.fileName, contentType: evidenceFiles.contentType, content: evidenceFiles.content, sizeBytes: evidenceFiles.sizeBytes })
    .from(evidenceFiles)
    .innerJoin(progressUpdates, eq(progressUpdates.id, evidenceFiles.progressUpdateId))
    .innerJoin(actionItems, eq(actionItems.id, progressUpdates.actionItemId))
    .where(and(eq(evidenceFiles.id, id), readableActions(actor)))
    .limit(1);
  return row ?? null;
}

/** Choices for the action forms: agencies, their heads, and the sector targets of each period. */
/** Every sector target, newest period first: what an action can contribute to. */
export async function sectorTargetOptions() {
  return getDb().select({ id: sectorTargets.id, sectorNameId: sectors.nameId, sectorNameEn: sectors.nameEn, year: periods.year, targetParticipants: sectorTargets.targetParticipants })
    .from(sectorTargets).innerJoin(sectors, eq(sectors.id, sectorTargets.sectorId)).innerJoin(periods, eq(periods.id, sectorTargets.periodId))
    .orderBy(desc(periods.year), asc(sectors.position));
}

/**
 * The choices of the action plan form. An action being edited brings its own references along
 * even when they are no longer offered (an inactive agency or person, an old meeting), so that
 * the form opens at the action's values and saving it unchanged changes nothing.
 */
export async function actionFormOptions(current?: { ownerAgencyId: number; supporterIds: number[]; assigneeId: number | null; meetingId: number | null }) {
  const db = getDb();
  const keptAgencies = current ? [current.ownerAgencyId, ...current.supporterIds] : [];
  const offeredAgency = keptAgencies.length > 0 ? or(eq(agencies.active, true), inArray(agencies.id, keptAgencies)) : eq(agencies.active, true);
  const offeredPerson = and(eq(users.active, true), eq(users.role, "agency_head"));
  const [agencyRows, people, targets, meetingRows, keptMeeting] = await Promise.all([
    db.select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName }).from(agencies).where(offeredAgency).orderBy(asc(agencies.name)),
    db.select({ id: users.id, name: users.name, agencyId: users.agencyId }).from(users)
      .where(current?.assigneeId ? or(offeredPerson, eq(users.id, current.assigneeId)) : offeredPerson).orderBy(asc(users.name)),
    sectorTargetOptions(),
    db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).orderBy(desc(meetings.startsAt)).limit(100),
    current?.meetingId ? db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.id, current.meetingId)) : [],
  ]);
  for (const m of keptMeeting) if (!meetingRows.some((r) => r.id === m.id)) meetingRows.push(m);
  return { agencies: agencyRows, people, targets, meetings: meetingRows };
}
