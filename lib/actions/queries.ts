import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import {
  actionComments,
  actionItems,
  actionSteps,
  actionSupporters,
  actionTargets,
  agencies,
  commitments,
  evidenceFiles,
  history,
  meetings,
  periods,
  progressUpdates,
  sectorTargets,
  sectors,
  users,
} from "@/db/schema";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { readableActions, readableMeetings, type Actor } from "@/lib/policy";
import { todayInWita } from "@/lib/i18n/dates";
import { pageOffset, type Cursor } from "@/lib/pagination";

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

/**
 * A list row's columns. The meeting is joined on its key alone (`joinMeeting`), and its id and
 * title are shown only when the actor may read it, checked in a subquery per row: PostgreSQL
 * runs such a subquery after the sort and limit, so for the rows shown only. With the scope in
 * the join's condition, it became the index condition of the meetings scan and every readable
 * meeting was walked for each action (46 ms on an agency head's home at ten years); as a CASE in
 * the select it ran for every action in scope before the sort (380 ms).
 */
function listColumns(actor: Actor) {
  const readable = readableMeetings(actor);
  return {
    id: actionItems.id,
    title: actionItems.title,
    status: actionItems.status,
    priority: actionItems.priority,
    dueDate: actionItems.dueDate,
    agencyName: agencies.shortName,
    ownerAgencyId: actionItems.ownerAgencyId,
    meetingId: readable ? sql<number | null>`(select ${meetings.id} where ${readable})` : meetings.id,
    meetingTitle: readable ? sql<string | null>`(select ${meetings.title} where ${readable})` : meetings.title,
  };
}
const joinMeeting = eq(meetings.id, actionItems.meetingId);

/**
 * Step counts as subqueries, for lists without OFFSET: PostgreSQL evaluates them after the sort
 * and limit, so only for the rows shown.
 */
const stepCountColumns = {
  stepsDone: sql<number>`(select count(*)::int from ${actionSteps} where ${actionSteps.actionItemId} = ${actionItems.id} and ${actionSteps.doneAt} is not null)`,
  stepsTotal: sql<number>`(select count(*)::int from ${actionSteps} where ${actionSteps.actionItemId} = ${actionItems.id})`,
};

/**
 * Adds each row's step counts, computed in one grouped query for the rows shown. A per-row
 * subquery in the list's select ran for every row the sort touched, skipped pages included.
 */
async function withStepCounts<T extends { id: number }>(lists: T[][]): Promise<Array<Array<T & { stepsDone: number; stepsTotal: number }>>> {
  const ids = [...new Set(lists.flat().map((r) => r.id))];
  const counts =
    ids.length === 0
      ? []
      : await getDb()
          .select({ id: actionSteps.actionItemId, done: sql<number>`count(${actionSteps.doneAt})::int`, total: sql<number>`count(*)::int` })
          .from(actionSteps)
          .where(inArray(actionSteps.actionItemId, ids))
          .groupBy(actionSteps.actionItemId);
  const byId = new Map(counts.map((c) => [c.id, c]));
  return lists.map((list) => list.map((r) => ({ ...r, stepsDone: byId.get(r.id)?.done ?? 0, stepsTotal: byId.get(r.id)?.total ?? 0 })));
}

/** Actions the user may see, most urgent first: open ones by due date, then the closed ones. */
/** The action list's order, which its index (action_items_list_order_idx) follows: open first, then by due date and id. */
const listRank = sql<number>`case when ${actionItems.status} in ('done', 'verified') then 1 else 0 end`;

/** The sort key of an action in the list, as a keyset cursor: `<rank>.<due date>.<id>`. */
export function actionListKey(row: { status: ActionStatus; dueDate: string; id: number }): string {
  return `${row.status === "done" || row.status === "verified" ? 1 : 0}.${row.dueDate}.${row.id}`;
}

function parseActionListKey(key: string): { rank: number; dueDate: string; id: number } | null {
  const m = /^([01])\.(\d{4}-\d{2}-\d{2})\.(\d{1,10})$/.exec(key);
  // A real calendar day (2025-02-30 is not) and an id PostgreSQL's integer holds.
  const day = m ? new Date(`${m[2]}T00:00:00Z`) : null;
  if (!m || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== m[2] || Number(m[3]) > 2_147_483_647) return null;
  return { rank: Number(m[1]), dueDate: m[2]!, id: Number(m[3]) };
}

/**
 * A page of the actions the actor may read. With a cursor (the key of the row before or after
 * the page, see lib/pagination.ts) the page starts at that key through the list's index; without
 * one (a page number typed in, or an unreadable cursor) it is found with OFFSET.
 * `nextKey`/`previousKey` are the cursors of the pages around it.
 */
export async function listVisibleActions({
  actor,
  page,
  filters = {},
  pageSize = ACTIONS_PAGE_SIZE,
  cursor,
}: {
  actor: Actor;
  page: number;
  filters?: ActionFilters;
  pageSize?: number;
  cursor?: Cursor;
}) {
  const db = getDb();
  const where = actionFilter(actor, filters, todayInWita());
  const at = cursor ? parseActionListKey(cursor.key) : null;
  const backwards = at !== null && cursor?.direction === "before";
  const position =
    at === null
      ? undefined
      : sql`(${listRank}, ${actionItems.dueDate}, ${actionItems.id}) ${sql.raw(backwards ? "<" : ">")} (${at.rank}, ${at.dueDate}::date, ${at.id})`;
  const order = backwards ? [desc(listRank), desc(actionItems.dueDate), desc(actionItems.id)] : [asc(listRank), asc(actionItems.dueDate), asc(actionItems.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns(actor))
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .leftJoin(meetings, joinMeeting)
      .where(and(where, position))
      .orderBy(...order)
      .limit(pageSize)
      .offset(at === null ? pageOffset(page, pageSize) : 0)
      .then((found) => withStepCounts([backwards ? found.reverse() : found])),
    db.select({ n: count() }).from(actionItems).where(where),
  ]);
  const shown = rows[0]!;
  const first = shown[0];
  const last = shown.at(-1);
  return {
    rows: shown,
    total: total?.n ?? 0,
    page,
    pageSize,
    previousKey: first && page > 1 ? actionListKey(first) : undefined,
    nextKey: last && page * pageSize < (total?.n ?? 0) ? actionListKey(last) : undefined,
  };
}
export type ActionListRow = Awaited<ReturnType<typeof listVisibleActions>>["rows"][number];

export const BOARD_COLUMN_LIMIT = 25;

/** The board: per status, the first actions by due date and how many there are in all (one statement for the columns). */
export async function actionBoard({ actor, filters = {} }: { actor: Actor; filters?: ActionFilters }) {
  const db = getDb();
  const where = actionFilter(actor, filters, todayInWita());
  const column = (status: ActionStatus) =>
    db
      .select(listColumns(actor))
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .leftJoin(meetings, joinMeeting)
      .where(and(where, eq(actionItems.status, status)))
      .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
      .limit(BOARD_COLUMN_LIMIT);
  const [open, inProgress, blocked, done, verified] = actionStatuses.map(column);
  const [rows, totals] = await Promise.all([
    unionAll(open!, inProgress!, blocked!, done!, verified!),
    db.select({ status: actionItems.status, n: count() }).from(actionItems).where(where).groupBy(actionItems.status),
  ]);
  const byDue = (a: { dueDate: string; id: number }, b: { dueDate: string; id: number }) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id;
  const counted = await withStepCounts(actionStatuses.map((status) => rows.filter((r) => r.status === status).sort(byDue)));
  return actionStatuses.map((status, i) => ({ status, total: totals.find((t) => t.status === status)?.n ?? 0, rows: counted[i]! }));
}

/** The action list's filter choices: active agencies and sectors. */
export async function actionFilterOptions() {
  const db = getDb();
  const [agencyRows, sectorRows] = await Promise.all([
    db
      .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
      .from(agencies)
      .where(eq(agencies.active, true))
      .orderBy(asc(agencies.name)),
    db.select({ id: sectors.id, nameId: sectors.nameId, nameEn: sectors.nameEn }).from(sectors).where(eq(sectors.active, true)).orderBy(asc(sectors.position)),
  ]);
  return { agencies: agencyRows, sectors: sectorRows };
}

export const SUMMARY_GROUP_SIZE = 5;

/**
 * "My agency's actions" in three urgent groups (overdue, due within 7 days, in progress): how
 * many there are in each and the first few, so the home page stays small however many there are.
 */
export async function agencyActionSummary({ actor }: { actor: Actor }) {
  const today = todayInWita();
  const week = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const db = getDb();
  const open = notInArray(actionItems.status, ["done", "verified"]);
  const groups = {
    overdue: lt(actionItems.dueDate, today),
    dueSoon: and(gte(actionItems.dueDate, today), lte(actionItems.dueDate, week))!,
    inProgress: and(gte(actionItems.dueDate, week), inArray(actionItems.status, ["in_progress", "blocked"]))!,
  };
  const base = (group: keyof typeof groups) =>
    db
      .select({ ...listColumns(actor), ...stepCountColumns, group: sql<string>`${group}`.as("summary_group") })
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .leftJoin(meetings, joinMeeting)
      .where(and(readableActions(actor), open, groups[group]))
      .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
      .limit(SUMMARY_GROUP_SIZE);
  const [firsts, [totals]] = await Promise.all([
    unionAll(base("overdue"), base("dueSoon"), base("inProgress")),
    db
      .select({
        overdue: sql<number>`count(*) filter (where ${groups.overdue})::int`,
        dueSoon: sql<number>`count(*) filter (where ${groups.dueSoon})::int`,
        inProgress: sql<number>`count(*) filter (where ${groups.inProgress})::int`,
      })
      .from(actionItems)
      .where(and(readableActions(actor), open)),
  ]);
  const of = (group: keyof typeof groups) => firsts.filter((r) => r.group === group);
  return {
    overdue: { rows: of("overdue"), total: totals?.overdue ?? 0 },
    dueSoon: { rows: of("dueSoon"), total: totals?.dueSoon ?? 0, from: today, to: week },
    inProgress: { rows: of("inProgress"), total: totals?.inProgress ?? 0 },
  };
}

/** One action as its page shows it, or null when the user may not see it. */
export async function getActionDetail({ actor, id }: { actor: Actor; id: number }) {
  const db = getDb();
  const [row] = await db
    .select({
      action: actionItems,
      agencyName: agencies.name,
      agencyShort: agencies.shortName,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      commitmentBody: commitments.body,
      assigneeName: users.name,
    })
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
    db
      .select({ id: agencies.id, name: agencies.shortName })
      .from(actionSupporters)
      .innerJoin(agencies, eq(agencies.id, actionSupporters.agencyId))
      .where(eq(actionSupporters.actionItemId, id)),
    db
      .select({
        sectorTargetId: actionTargets.sectorTargetId,
        expected: actionTargets.expectedContribution,
        reported: actionTargets.reportedContribution,
        verified: actionTargets.verifiedContribution,
        sectorId: sectors.id,
        sectorNameId: sectors.nameId,
        sectorNameEn: sectors.nameEn,
      })
      .from(actionTargets)
      .innerJoin(sectorTargets, eq(sectorTargets.id, actionTargets.sectorTargetId))
      .innerJoin(sectors, eq(sectors.id, sectorTargets.sectorId))
      .where(eq(actionTargets.actionItemId, id))
      .orderBy(asc(sectors.position)),
    db
      .select({ update: progressUpdates, authorName: users.name })
      .from(progressUpdates)
      .leftJoin(users, eq(users.id, progressUpdates.authorId))
      .where(eq(progressUpdates.actionItemId, id))
      .orderBy(desc(progressUpdates.createdAt))
      .limit(100),
    db
      .select({
        id: evidenceFiles.id,
        progressUpdateId: evidenceFiles.progressUpdateId,
        fileName: evidenceFiles.fileName,
        contentType: evidenceFiles.contentType,
        sizeBytes: evidenceFiles.sizeBytes,
      })
      .from(evidenceFiles)
      .innerJoin(progressUpdates, eq(progressUpdates.id, evidenceFiles.progressUpdateId))
      .where(eq(progressUpdates.actionItemId, id)),
    db
      .select({ comment: actionComments, authorName: users.name })
      .from(actionComments)
      .leftJoin(users, eq(users.id, actionComments.authorId))
      .where(eq(actionComments.actionItemId, id))
      .orderBy(asc(actionComments.createdAt))
      .limit(200),
    db
      .select({ entry: history, actorName: users.name })
      .from(history)
      .leftJoin(users, eq(users.id, history.actorId))
      .where(and(eq(history.entityType, "action_item"), eq(history.entityId, id)))
      .orderBy(desc(history.createdAt), desc(history.id))
      .limit(200),
  ]);
  return {
    ...row.action,
    agencyName: row.agencyName,
    agencyShort: row.agencyShort,
    meetingTitle: row.meetingTitle,
    meetingStartsAt: row.meetingStartsAt,
    commitmentBody: row.commitmentBody,
    assigneeName: row.assigneeName,
    steps,
    supporters,
    targets,
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
  return getDb()
    .select({
      id: sectorTargets.id,
      sectorNameId: sectors.nameId,
      sectorNameEn: sectors.nameEn,
      year: periods.year,
      targetParticipants: sectorTargets.targetParticipants,
    })
    .from(sectorTargets)
    .innerJoin(sectors, eq(sectors.id, sectorTargets.sectorId))
    .innerJoin(periods, eq(periods.id, sectorTargets.periodId))
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
    db
      .select({ id: users.id, name: users.name, agencyId: users.agencyId })
      .from(users)
      .where(current?.assigneeId ? or(offeredPerson, eq(users.id, current.assigneeId)) : offeredPerson)
      .orderBy(asc(users.name)),
    sectorTargetOptions(),
    db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).orderBy(desc(meetings.startsAt)).limit(100),
    current?.meetingId
      ? db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.id, current.meetingId))
      : [],
  ]);
  for (const m of keptMeeting) if (!meetingRows.some((r) => r.id === m.id)) meetingRows.push(m);
  return { agencies: agencyRows, people, targets, meetings: meetingRows };
}
