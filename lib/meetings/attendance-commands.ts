import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { attendees, meetings, users } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { FieldError } from "@/lib/errors";
import { recordHistory } from "@/lib/history";
import { witaInstant, witaParts } from "@/lib/i18n/dates";
import { lockMeeting, touchMeeting } from "./editing";
import { type attendanceSchema, type attendeeGuestSchema, type inviteUsersSchema, type removeAttendeeSchema } from "./rules";

export async function inviteUsersCommand(input: z.output<typeof inviteUsersSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const picked = await tx
      .select()
      .from(users)
      .where(and(inArray(users.id, input.userIds), eq(users.active, true)));
    if (picked.length !== new Set(input.userIds).size) throw new FieldError("userIds", "unknownUser");
    const already = await tx
      .select({ userId: attendees.userId })
      .from(attendees)
      .where(and(eq(attendees.meetingId, meeting.id), inArray(attendees.userId, input.userIds)));
    if (already.length > 0) throw new FieldError("userIds", "alreadyInvited");
    await tx.insert(attendees).values(
      picked.map((u) => ({
        meetingId: meeting.id,
        userId: u.id,
        agencyId: u.agencyId,
        name: u.name,
        position: u.position,
      })),
    );
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: "invite",
      changes: { invited: picked.map((u) => u.name) },
    });
  });
}

export async function addGuestCommand(input: z.output<typeof attendeeGuestSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const [twin] = await tx
      .select({ id: attendees.id })
      .from(attendees)
      .where(
        and(
          eq(attendees.meetingId, meeting.id),
          sql`lower(${attendees.name}) = lower(${input.name})`,
          sql`lower(${attendees.institution}) = lower(${input.institution})`,
        ),
      )
      .limit(1);
    if (twin) throw new FieldError("name", "alreadyInvited");
    await tx.insert(attendees).values({
      meetingId: meeting.id,
      name: input.name,
      position: input.position,
      institution: input.institution,
      walkIn: input.walkIn,
      attendance: input.walkIn ? "present" : "invited",
      arrivedAt: input.walkIn ? sql`now()` : null,
    });
    if (input.walkIn && meeting.status === "draft") await tx.update(meetings).set({ status: "held" }).where(eq(meetings.id, meeting.id));
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: input.walkIn ? "walk_in" : "invite_guest",
      changes: { name: input.name, institution: input.institution },
    });
  });
}

export async function setAttendanceCommand(input: z.output<typeof attendanceSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const [before] = await tx
      .select()
      .from(attendees)
      .where(and(eq(attendees.id, input.attendeeId), eq(attendees.meetingId, meeting.id)));
    if (!before) throw new FieldError("form", "notFound");
    if (before.version !== input.version) throw new FieldError("form", "staleAttendance");
    const day = witaParts(meeting.startsAt).date;
    const came = input.attendance === "present" || input.attendance === "represented";
    const next = {
      attendance: input.attendance,
      deputyName: input.attendance === "represented" ? input.deputyName : null,
      deputyPosition: input.attendance === "represented" ? input.deputyPosition : null,
      arrivedAt: came && input.arrivedAt ? witaInstant(day, input.arrivedAt) : null,
    };
    await tx
      .update(attendees)
      .set({ ...next, version: sql`${attendees.version} + 1` })
      .where(eq(attendees.id, before.id));
    if (came && meeting.status === "draft") await tx.update(meetings).set({ status: "held" }).where(eq(meetings.id, meeting.id));
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: "attendance",
      changes: {
        attendee: before.name,
        from: before.attendance,
        to: next.attendance,
        deputy: next.deputyName,
        arrivedAt: next.arrivedAt?.toISOString() ?? null,
      },
    });
  });
}

export async function removeAttendeeCommand(input: z.output<typeof removeAttendeeSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const [removed] = await tx
      .delete(attendees)
      .where(and(eq(attendees.id, input.attendeeId), eq(attendees.meetingId, meeting.id)))
      .returning();
    if (!removed) throw new FieldError("form", "notFound");
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, { actorId: actor.id, entityType: "meeting", entityId: meeting.id, operation: "remove_attendee", changes: { name: removed.name } });
  });
}
