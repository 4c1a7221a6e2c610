import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { actionItems, agencies, agendaItems, attendees, commitments, meetingSeries, meetings, sectors, statements } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { pageOffset, type Page } from "@/lib/pagination";
import { meetingScope } from "./scope";

export const MEETINGS_PAGE_SIZE = 20;

export async function listMeetings({ actor, page }: { actor: Actor; page: number }) {
  const db = getDb();
  const where = meetingScope(actor);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: meetings.id, title: meetings.title, type: meetings.type, status: meetings.status,
        startsAt: meetings.startsAt, endsAt: meetings.endsAt, place: meetings.place, chairName: meetings.chairName,
        seriesName: meetingSeries.name,
        attendeeCount: sql<number>`(select count(*)::int from ${attendees} where ${attendees.meetingId} = ${meetings.id})`,
        commitmentCount: sql<number>`(select count(*)::int from ${commitments} where ${commitments.meetingId} = ${meetings.id})`,
      })
      .from(meetings)
      .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
      .where(where)
      .orderBy(desc(meetings.startsAt), desc(meetings.id))
      .limit(MEETINGS_PAGE_SIZE)
      .offset(pageOffset(page, MEETINGS_PAGE_SIZE)),
    db.select({ n: count() }).from(meetings).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: MEETINGS_PAGE_SIZE } satisfies Page<unknown>;
}
export type MeetingListRow = Awaited<ReturnType<typeof listMeetings>>["rows"][number];

/** The whole meeting as one page shows it, in five queries; null when the user may not see it. */
export async function getMeetingDetail({ actor, id }: { actor: Actor; id: number }) {
  const db = getDb();
  const [meeting] = await db
    .select({ meeting: meetings, seriesName: meetingSeries.name })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(eq(meetings.id, id), meetingScope(actor)))
    .limit(1);
  if (!meeting) return null;
  const toAgency = alias(agencies, "to_agency");
  const [agenda, attendeeRows, statementRows, commitmentRows, actionRows] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(asc(agendaItems.position)),
    db.select({ attendee: attendees, agencyName: agencies.shortName })
      .from(attendees).leftJoin(agencies, eq(agencies.id, attendees.agencyId))
      .where(eq(attendees.meetingId, id)).orderBy(desc(attendees.isChair), asc(agencies.name), asc(attendees.name)),
    db.select().from(statements).where(eq(statements.meetingId, id)).orderBy(asc(statements.position)),
    db.select({ commitment: commitments, agencyName: agencies.shortName, toAgencyName: toAgency.shortName, sectorName: sectors.nameId, sectorNameEn: sectors.nameEn })
      .from(commitments)
      .leftJoin(agencies, eq(agencies.id, commitments.agencyId))
      .leftJoin(toAgency, eq(toAgency.id, commitments.toAgencyId))
      .leftJoin(sectors, eq(sectors.id, commitments.sectorId))
      .where(eq(commitments.meetingId, id)).orderBy(asc(commitments.position)),
    db.select({ id: actionItems.id, title: actionItems.title, dueDate: actionItems.dueDate, status: actionItems.status, agencyName: agencies.shortName, commitmentId: actionItems.commitmentId })
      .from(actionItems).innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .where(eq(actionItems.meetingId, id)).orderBy(asc(actionItems.dueDate), asc(actionItems.id)),
  ]);
  return {
    ...meeting.meeting,
    seriesName: meeting.seriesName,
    agenda,
    attendees: attendeeRows.map((r) => ({ ...r.attendee, agencyName: r.agencyName })),
    statements: statementRows,
    commitments: commitmentRows.map((r) => ({ ...r.commitment, agencyName: r.agencyName, toAgencyName: r.toAgencyName, sectorName: r.sectorName, sectorNameEn: r.sectorNameEn })),
    actions: actionRows,
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingDetail>>>;

export const COMMITMENTS_PAGE_SIZE = 20;

/** Commitments made to the reviewer's office (the BPJS branch), newest meeting first. */
export async function listCommitmentsToAgency({ actor, page }: { actor: Actor; page: number }) {
  const db = getDb();
  if (actor.agencyId === null) return { rows: [], total: 0, page, pageSize: COMMITMENTS_PAGE_SIZE };
  const where = and(eq(commitments.toAgencyId, actor.agencyId), meetingScope(actor));
  const [rows, [total]] = await Promise.all([
    db.select({
      id: commitments.id, body: commitments.body, figure: commitments.figure, figureUnit: commitments.figureUnit,
      dueDate: commitments.dueDate, committedByName: commitments.committedByName, agencyName: agencies.shortName,
      meetingId: meetings.id, meetingTitle: meetings.title, meetingStartsAt: meetings.startsAt,
      actionCount: sql<number>`(select count(*)::int from ${actionItems} where ${actionItems.commitmentId} = ${commitments.id})`,
    })
      .from(commitments)
      .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
      .leftJoin(agencies, eq(agencies.id, commitments.agencyId))
      .where(where)
      .orderBy(desc(meetings.startsAt), asc(commitments.position))
      .limit(COMMITMENTS_PAGE_SIZE).offset(pageOffset(page, COMMITMENTS_PAGE_SIZE)),
    db.select({ n: count() }).from(commitments).innerJoin(meetings, eq(meetings.id, commitments.meetingId)).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: COMMITMENTS_PAGE_SIZE };
}
