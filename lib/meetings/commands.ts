import "server-only";
import { and, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { actionItems, agendaItems, attendees, meetingSeries, meetings, minutesConfirmations } from "@/db/schema";
import { diffFields, recordHistory } from "@/lib/history";
import { notify } from "@/lib/notifications/commands";
import { saveInOrder } from "@/lib/reorder";
import { FieldError } from "@/lib/errors";
import { enforce, type Actor } from "@/lib/policy";
import { witaInstant } from "@/lib/i18n/dates";
import { CARRY_OVER_TITLE } from "./carry-over";
import { lockMeeting, touchMeeting } from "./editing";
import { agendaRows, type ConfirmationInput, type FinalizeInput, type MeetingInput } from "./rules";
import { refreshMeetingSearch } from "./search";

async function resolveSeries(tx: Transaction, input: MeetingInput): Promise<number | null> {
  if (input.newSeriesName) {
    const [row] = await tx
      .insert(meetingSeries)
      .values({ name: input.newSeriesName })
      .onConflictDoUpdate({ target: [meetingSeries.tenantId, meetingSeries.name], set: { name: input.newSeriesName } })
      .returning({ id: meetingSeries.id });
    return row!.id;
  }
  if (input.seriesId === null) return null;
  const [row] = await tx.select({ id: meetingSeries.id }).from(meetingSeries).where(eq(meetingSeries.id, input.seriesId));
  if (!row) throw new FieldError("seriesId", "invalid");
  return row.id;
}

function meetingFields(input: MeetingInput, seriesId: number | null) {
  return {
    title: input.title,
    type: input.type,
    seriesId,
    startsAt: witaInstant(input.date, input.startTime),
    endsAt: input.endTime ? witaInstant(input.date, input.endTime) : null,
    place: input.place,
    onlineUrl: input.onlineUrl ?? null,
    chairName: input.chairName,
    chairPosition: input.chairPosition,
    minuteTakerName: input.minuteTakerName,
    minuteTakerPosition: input.minuteTakerPosition,
  };
}

/** True when earlier meetings of the series left actions that are not done yet. */
async function seriesHasOpenActions(tx: Transaction, seriesId: number, before: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: actionItems.id })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(and(eq(meetings.seriesId, seriesId), lt(meetings.startsAt, before), notInArray(actionItems.status, ["done", "verified"])))
    .limit(1);
  return Boolean(row);
}

export async function createMeetingCommand(input: MeetingInput, actor: Actor): Promise<number> {
  return getDb().transaction(async (tx) => {
    const fields = meetingFields(input, await resolveSeries(tx, input));
    const [row] = await tx
      .insert(meetings)
      .values({ ...fields, createdById: actor.id })
      .returning({ id: meetings.id });
    const titles = agendaRows(input).map((a) => a.title);
    if (fields.seriesId !== null && (await seriesHasOpenActions(tx, fields.seriesId, fields.startsAt))) titles.unshift(CARRY_OVER_TITLE);
    if (titles.length > 0) {
      await tx.insert(agendaItems).values(
        titles.map((title, i) => ({
          meetingId: row!.id,
          position: i + 1,
          title,
          isCarryOverReview: title === CARRY_OVER_TITLE && i === 0,
        })),
      );
    }
    await refreshMeetingSearch(tx, row!.id);
    await recordHistory(tx, { actorId: actor.id, entityType: "meeting", entityId: row!.id, operation: "create", changes: { ...fields, agenda: titles } });
    return row!.id;
  });
}

export async function updateMeetingCommand(input: MeetingInput, actor: Actor): Promise<void> {
  if (input.id === null) throw new FieldError("form", "notFound");
  const meetingId = input.id;
  await getDb().transaction(async (tx) => {
    const before = await lockMeeting(tx, meetingId, { expected: { part: "details", version: input.version } });
    const fields = meetingFields(input, await resolveSeries(tx, input));
    await tx.update(meetings).set(fields).where(eq(meetings.id, meetingId));
    const existing = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    const rows = agendaRows(input);
    await saveInOrder(
      existing.map((e) => e.id),
      rows,
      {
        remove: (ids) => tx.delete(agendaItems).where(inArray(agendaItems.id, ids)),
        park: () =>
          tx
            .update(agendaItems)
            .set({ position: sql`-${agendaItems.position} - 1000` })
            .where(eq(agendaItems.meetingId, meetingId)),
        update: (id, position, row) => tx.update(agendaItems).set({ position, title: row.title }).where(eq(agendaItems.id, id)),
        insert: (position, row) => tx.insert(agendaItems).values({ meetingId, position, title: row.title }),
      },
    );
    await touchMeeting(tx, meetingId, "details");
    const changes = diffFields(
      { ...before, startsAt: before.startsAt.toISOString(), endsAt: before.endsAt?.toISOString() ?? null },
      { ...fields, startsAt: fields.startsAt.toISOString(), endsAt: fields.endsAt?.toISOString() ?? null },
    );
    const agendaBefore = existing.sort((a, b) => a.position - b.position).map((e) => e.title);
    const agendaAfter = rows.map((r) => r.title);
    if (JSON.stringify(agendaBefore) !== JSON.stringify(agendaAfter)) changes.agenda = { from: agendaBefore, to: agendaAfter };
    await recordHistory(tx, { actorId: actor.id, entityType: "meeting", entityId: meetingId, operation: "update", changes });
  });
}

export async function finalizeMeetingCommand(input: FinalizeInput, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, { expected: { part: "minutes", version: input.version } });
    await tx
      .update(meetings)
      .set({ status: "minutes_final", finalizedAt: sql`now()`, finalizedById: actor.id })
      .where(eq(meetings.id, meeting.id));
    await touchMeeting(tx, meeting.id, "minutes");
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: "finalize",
      changes: { status: { from: meeting.status, to: "minutes_final" } },
    });
    // Everyone on the list with a login is asked to confirm the minutes.
    const invited = await tx.select({ userId: attendees.userId }).from(attendees).where(eq(attendees.meetingId, meeting.id));
    await notify(tx, {
      userIds: invited.flatMap((a) => (a.userId !== null && a.userId !== actor.id ? [a.userId] : [])),
      kind: "minutes_final",
      meetingId: meeting.id,
      params: { title: meeting.title },
    });
  });
}

/** An attendee with a login confirms the final minutes or objects with a reason; a second answer replaces the first. */
export async function confirmMinutesCommand(input: ConfirmationInput, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, { allowFinal: true });
    const invited = await tx.select({ userId: attendees.userId, agencyId: attendees.agencyId }).from(attendees).where(eq(attendees.meetingId, meeting.id));
    enforce(actor, "meeting.confirm", {
      status: meeting.status,
      attendeeUserIds: invited.map((a) => a.userId),
      attendeeAgencyIds: invited.map((a) => a.agencyId),
    });
    const values = { status: input.decision, reason: input.decision === "objected" ? input.reason : null, createdAt: sql`now()` };
    await tx
      .insert(minutesConfirmations)
      .values({ meetingId: meeting.id, userId: actor.id, ...values })
      .onConflictDoUpdate({ target: [minutesConfirmations.meetingId, minutesConfirmations.userId], set: values });
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: input.decision === "confirmed" ? "confirm_minutes" : "object_minutes",
      reason: values.reason,
    });
  });
}
