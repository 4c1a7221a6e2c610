import "server-only";
import { and, asc, count, desc, eq, exists, gte, lt, notInArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import {
  actionItems,
  agencies,
  agendaItems,
  attendees,
  commitments,
  history,
  meetingAmendments,
  meetingSeries,
  meetings,
  minutesConfirmations,
  periods,
  sectorTargets,
  sectors,
  statements,
  users,
} from "@/db/schema";
import type { MeetingType } from "@/db/schema/enums";
import { readableActions, readableMeetings, type Actor } from "@/lib/policy";
import { witaDay } from "@/lib/i18n/dates";
import { pageOffset, type Page } from "@/lib/pagination";
import type { Invitee } from "./calendar";

export const MEETINGS_PAGE_SIZE = 20;

export interface MeetingFilters {
  from?: string;
  to?: string;
  type?: MeetingType;
  seriesId?: number;
  agencyId?: number;
  q?: string;
}

/** The where-clause of the meeting list: the user's scope plus the filters they chose. */
function meetingFilter(actor: Actor, f: MeetingFilters): SQL | undefined {
  return and(
    readableMeetings(actor),
    f.from ? gte(meetings.startsAt, witaDay(f.from).start) : undefined,
    f.to ? lt(meetings.startsAt, witaDay(f.to).end) : undefined,
    f.type ? eq(meetings.type, f.type) : undefined,
    f.seriesId ? eq(meetings.seriesId, f.seriesId) : undefined,
    // Agencies that took part: present or represented by a deputy, not merely invited or absent.
    f.agencyId
      ? exists(
          sql`(select 1 from ${attendees} where ${attendees.meetingId} = ${meetings.id} and ${attendees.agencyId} = ${f.agencyId} and ${attendees.attendance} in ('present', 'represented'))`,
        )
      : undefined,
    f.q ? sql`${meetings.search} @@ websearch_to_tsquery('simple', ${f.q})` : undefined,
  );
}

export async function listMeetings({
  actor,
  page,
  filters = {},
  pageSize = MEETINGS_PAGE_SIZE,
}: {
  actor: Actor;
  page: number;
  filters?: MeetingFilters;
  pageSize?: number;
}) {
  const db = getDb();
  const where = meetingFilter(actor, filters);
  // The page of meetings is picked in a derived table, and the counts are computed around it for
  // the meetings shown only: per-row subqueries beside OFFSET would run for every skipped row too.
  const shown = db
    .select({
      id: meetings.id,
      title: meetings.title,
      type: meetings.type,
      status: meetings.status,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      place: meetings.place,
      chairName: meetings.chairName,
      seriesName: meetingSeries.name,
    })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(where)
    .orderBy(desc(meetings.startsAt), desc(meetings.id))
    .limit(pageSize)
    .offset(pageOffset(page, pageSize))
    .as("page");
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: shown.id,
        title: shown.title,
        type: shown.type,
        status: shown.status,
        startsAt: shown.startsAt,
        endsAt: shown.endsAt,
        place: shown.place,
        chairName: shown.chairName,
        seriesName: shown.seriesName,
        // Qualified by hand: drizzle writes the derived table's columns unqualified, and an
        // unqualified "id" inside the subquery would be the attendee's.
        attendeeCount: sql<number>`(select count(*)::int from ${attendees} a where a.meeting_id = "page".id)`.mapWith(Number),
        commitmentCount: sql<number>`(select count(*)::int from ${commitments} c where c.meeting_id = "page".id)`.mapWith(Number),
      })
      .from(shown)
      .orderBy(desc(shown.startsAt), desc(shown.id)),
    db.select({ n: count() }).from(meetings).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize } satisfies Page<unknown>;
}
export type MeetingListRow = Awaited<ReturnType<typeof listMeetings>>["rows"][number];

/** The whole meeting as one page shows it, in five queries; null when the user may not see it. */
/** The invited people who have an e-mail address, and the chair's, for the calendar invitation. */
export async function meetingInvitees(meeting: { id: number; chairUserId: number | null }): Promise<Invitee[]> {
  const db = getDb();
  const [invited, chair] = await Promise.all([
    db
      .select({ userId: users.id, name: attendees.name, email: users.email, isChair: attendees.isChair })
      .from(attendees)
      .innerJoin(users, eq(users.id, attendees.userId))
      .where(eq(attendees.meetingId, meeting.id))
      .orderBy(asc(attendees.id)),
    meeting.chairUserId === null
      ? []
      : db.select({ userId: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, meeting.chairUserId)),
  ]);
  const chairRow = chair[0];
  if (chairRow && !invited.some((i) => i.userId === chairRow.userId)) invited.unshift({ ...chairRow, isChair: true });
  return invited.filter((i) => i.email !== "");
}

/**
 * The sector target a commitment serves: its sector's target in the period of its meeting's date
 * (WITA). An action planned from the commitment starts linked to it, with the commitment's figure.
 */
const commitmentSectorTargetId = sql<number | null>`(
  select ${sectorTargets.id} from ${sectorTargets}
  join ${periods} on ${periods.id} = ${sectorTargets.periodId}
  join ${meetings} m on m.id = ${commitments.meetingId}
  where ${sectorTargets.sectorId} = ${commitments.sectorId}
    and (m.starts_at at time zone 'Asia/Makassar')::date between ${periods.startsOn} and ${periods.endsOn}
  limit 1)`;

export async function getMeetingDetail({ actor, id }: { actor: Actor; id: number }) {
  const db = getDb();
  const [meeting] = await db
    .select({
      meeting: meetings,
      seriesName: meetingSeries.name,
      // Two short lists of the meeting read in its own statement (as JSON), not in two more.
      confirmations: sql<
        Array<{ userId: number; status: (typeof minutesConfirmations.$inferSelect)["status"]; reason: string | null; createdAt: string; name: string }>
      >`(
        select coalesce(json_agg(json_build_object('userId', c.user_id, 'status', c.status, 'reason', c.reason, 'createdAt', c.created_at, 'name', u.name) order by c.created_at, c.id), '[]'::json)
        from ${minutesConfirmations} c join ${users} u on u.id = c.user_id where c.meeting_id = ${meetings.id})`,
      amendments: sql<Array<{ id: number; reason: string; changes: string; createdAt: string; authorName: string | null }>>`(
        select coalesce(json_agg(json_build_object('id', x.id, 'reason', x.reason, 'changes', x.changes, 'createdAt', x.created_at, 'authorName', u.name) order by x.created_at, x.id), '[]'::json)
        from ${meetingAmendments} x left join ${users} u on u.id = x.author_id where x.meeting_id = ${meetings.id})`,
    })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(eq(meetings.id, id), readableMeetings(actor)))
    .limit(1);
  if (!meeting) return null;
  const toAgency = alias(agencies, "to_agency");
  const seriesId = meeting.meeting.seriesId;
  const [agenda, attendeeRows, statementRows, commitmentRows, actionRows, carryOver, log] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(asc(agendaItems.position)),
    db
      .select({ attendee: attendees, agencyName: agencies.shortName })
      .from(attendees)
      .leftJoin(agencies, eq(agencies.id, attendees.agencyId))
      .where(eq(attendees.meetingId, id))
      .orderBy(desc(attendees.isChair), asc(agencies.name), asc(attendees.name)),
    db.select().from(statements).where(eq(statements.meetingId, id)).orderBy(asc(statements.position)),
    db
      .select({
        commitment: commitments,
        agencyName: agencies.shortName,
        toAgencyName: toAgency.shortName,
        sectorName: sectors.nameId,
        sectorNameEn: sectors.nameEn,
        sectorTargetId: commitmentSectorTargetId,
      })
      .from(commitments)
      .leftJoin(agencies, eq(agencies.id, commitments.agencyId))
      .leftJoin(toAgency, eq(toAgency.id, commitments.toAgencyId))
      .leftJoin(sectors, eq(sectors.id, commitments.sectorId))
      .where(eq(commitments.meetingId, id))
      .orderBy(asc(commitments.position)),
    db
      .select({
        id: actionItems.id,
        title: actionItems.title,
        dueDate: actionItems.dueDate,
        status: actionItems.status,
        agencyName: agencies.shortName,
        ownerAgencyId: actionItems.ownerAgencyId,
        commitmentId: actionItems.commitmentId,
      })
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .where(and(eq(actionItems.meetingId, id), readableActions(actor)))
      .orderBy(asc(actionItems.dueDate), asc(actionItems.id)),
    seriesId === null ? Promise.resolve([]) : openActionsOfEarlierMeetings(actor, seriesId, meeting.meeting.startsAt),
    db
      .select({ id: history.id, operation: history.operation, reason: history.reason, createdAt: history.createdAt, actorName: users.name })
      .from(history)
      .leftJoin(users, eq(users.id, history.actorId))
      .where(and(eq(history.entityType, "meeting"), eq(history.entityId, id)))
      .orderBy(desc(history.createdAt), desc(history.id))
      .limit(100),
  ]);
  return {
    ...meeting.meeting,
    seriesName: meeting.seriesName,
    agenda,
    attendees: attendeeRows.map((r) => ({ ...r.attendee, agencyName: r.agencyName })),
    statements: statementRows,
    commitments: commitmentRows.map((r) => ({
      ...r.commitment,
      agencyName: r.agencyName,
      toAgencyName: r.toAgencyName,
      sectorName: r.sectorName,
      sectorNameEn: r.sectorNameEn,
      sectorTargetId: r.sectorTargetId,
    })),
    actions: actionRows,
    confirmations: meeting.confirmations.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
    amendments: meeting.amendments.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
    carryOver,
    history: log,
  };
}

/** Every action the actor may read still open from earlier meetings of a series: the review section of the next one. */
export async function openActionsOfEarlierMeetings(actor: Actor, seriesId: number, before: Date) {
  return getDb()
    .select({
      id: actionItems.id,
      title: actionItems.title,
      dueDate: actionItems.dueDate,
      status: actionItems.status,
      agencyName: agencies.shortName,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
    })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
    .where(and(eq(meetings.seriesId, seriesId), lt(meetings.startsAt, before), notInArray(actionItems.status, ["done", "verified"]), readableActions(actor)))
    .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
    .limit(200);
}

/** Choices for the meeting forms: series, agencies, sectors and people who can be invited. */
export async function meetingFormOptions() {
  const db = getDb();
  const [series, agencyRows, sectorRows, people] = await Promise.all([
    db.select({ id: meetingSeries.id, name: meetingSeries.name }).from(meetingSeries).orderBy(asc(meetingSeries.name)),
    db
      .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
      .from(agencies)
      .where(eq(agencies.active, true))
      .orderBy(asc(agencies.name)),
    db.select({ id: sectors.id, nameId: sectors.nameId, nameEn: sectors.nameEn }).from(sectors).where(eq(sectors.active, true)).orderBy(asc(sectors.position)),
    db
      .select({ id: users.id, name: users.name, position: users.position, agencyName: agencies.shortName, role: users.role })
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(users.active, true))
      .orderBy(asc(agencies.name), asc(users.name)),
  ]);
  return { series, agencies: agencyRows, sectors: sectorRows, people };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingDetail>>>;

export const COMMITMENTS_PAGE_SIZE = 20;

/** Commitments made to the reviewer's office (the BPJS branch), newest meeting first. */
export async function listCommitmentsToAgency({ actor, page }: { actor: Actor; page: number }) {
  const db = getDb();
  if (actor.agencyId === null) return { rows: [], total: 0, page, pageSize: COMMITMENTS_PAGE_SIZE };
  const where = and(eq(commitments.toAgencyId, actor.agencyId), readableMeetings(actor));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: commitments.id,
        body: commitments.body,
        figure: commitments.figure,
        figureUnit: commitments.figureUnit,
        dueDate: commitments.dueDate,
        committedByName: commitments.committedByName,
        agencyName: agencies.shortName,
        meetingId: meetings.id,
        meetingTitle: meetings.title,
        meetingStartsAt: meetings.startsAt,
        actionCount: sql<number>`(select count(*)::int from ${actionItems} where ${actionItems.commitmentId} = ${commitments.id})`,
      })
      .from(commitments)
      .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
      .leftJoin(agencies, eq(agencies.id, commitments.agencyId))
      .where(where)
      .orderBy(desc(meetings.startsAt), asc(commitments.position))
      .limit(COMMITMENTS_PAGE_SIZE)
      .offset(pageOffset(page, COMMITMENTS_PAGE_SIZE)),
    db.select({ n: count() }).from(commitments).innerJoin(meetings, eq(meetings.id, commitments.meetingId)).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: COMMITMENTS_PAGE_SIZE };
}

/** A commitment to plan an action from, if the user may see its meeting. */
export async function getCommitmentForPlanning({ actor, id }: { actor: Actor; id: number }) {
  const [row] = await getDb()
    .select({
      id: commitments.id,
      body: commitments.body,
      agencyId: commitments.agencyId,
      dueDate: commitments.dueDate,
      meetingId: commitments.meetingId,
      meetingTitle: meetings.title,
      figure: commitments.figure,
      sectorTargetId: commitmentSectorTargetId,
    })
    .from(commitments)
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(and(eq(commitments.id, id), readableMeetings(actor)))
    .limit(1);
  return row ?? null;
}
