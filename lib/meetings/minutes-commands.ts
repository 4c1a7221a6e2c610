import "server-only";
import { and, eq, inArray, max } from "drizzle-orm";
import type { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import {
  actionItems,
  actionTargets,
  agencies,
  agendaItems,
  attendees,
  commitments,
  meetingAmendments,
  meetings,
  sectorTargets,
  sectors,
  statements,
} from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { FieldError } from "@/lib/errors";
import { recordHistory } from "@/lib/history";
import { notify, recipientsOf } from "@/lib/notifications/commands";
import { lockMeeting, touchMeeting } from "./editing";
import { isLocked, type actionsFromCommitmentSchema, type commitmentSchema, type minutesSchema, type removeEntrySchema, type statementSchema } from "./rules";

/** Minutes per agenda item, summary and conclusions; once final, only as an amendment with a reason. */
export async function saveMinutesCommand(input: z.output<typeof minutesSchema>, actor: Actor): Promise<"unchanged" | "amended" | "minutesSaved"> {
  return getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, { allowFinal: true, expected: { part: "minutes", version: input.version } });
    const amending = isLocked(meeting.status);
    if (amending && !input.amendmentReason) throw new FieldError("amendmentReason", "amendmentReasonRequired");
    const items = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const changes: Record<string, { from: string; to: string }> = {};
    if (meeting.summary !== input.summary) changes.summary = { from: meeting.summary, to: input.summary };
    if (meeting.conclusions !== input.conclusions) changes.conclusions = { from: meeting.conclusions, to: input.conclusions };
    await tx.update(meetings).set({ summary: input.summary, conclusions: input.conclusions }).where(eq(meetings.id, meeting.id));
    for (const [i, agendaItemId] of input.agendaIds.entries()) {
      const item = items.find((x) => x.id === agendaItemId);
      const notes = (input.agendaNotes[i] ?? "").trim();
      if (!item) throw new FieldError("form", "staleMeeting");
      if (item.notes === notes) continue;
      changes[`agenda ${item.position}. ${item.title}`] = { from: item.notes, to: notes };
      await tx.update(agendaItems).set({ notes }).where(eq(agendaItems.id, item.id));
    }
    if (Object.keys(changes).length === 0) return "unchanged" as const;
    await touchMeeting(tx, meeting.id, "minutes");
    if (amending) {
      await tx.insert(meetingAmendments).values({ meetingId: meeting.id, reason: input.amendmentReason, changes: JSON.stringify(changes), authorId: actor.id });
    }
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: amending ? "amend_minutes" : "minutes",
      changes,
      reason: amending ? input.amendmentReason : null,
    });
    return amending ? ("amended" as const) : ("minutesSaved" as const);
  });
}

async function nextPosition(tx: Transaction, table: typeof statements | typeof commitments, meetingId: number) {
  const [row] = await tx
    .select({ n: max(table.position) })
    .from(table)
    .where(eq(table.meetingId, meetingId));
  return (row?.n ?? 0) + 1;
}

export async function addStatementCommand(input: z.output<typeof statementSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    let speakerName = input.speakerName;
    let speakerPosition = "";
    if (input.attendeeId !== null) {
      const [a] = await tx
        .select()
        .from(attendees)
        .where(and(eq(attendees.id, input.attendeeId), eq(attendees.meetingId, meeting.id)));
      if (!a) throw new FieldError("attendeeId", "invalid");
      speakerName = a.attendance === "represented" && a.deputyName ? a.deputyName : a.name;
      speakerPosition = a.attendance === "represented" ? (a.deputyPosition ?? "") : a.position;
    }
    if (!speakerName) throw new FieldError("attendeeId", "speakerRequired");
    if (input.agendaItemId !== null) {
      const [item] = await tx
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(and(eq(agendaItems.id, input.agendaItemId), eq(agendaItems.meetingId, meeting.id)));
      if (!item) throw new FieldError("agendaItemId", "invalid");
    }
    const position = await nextPosition(tx, statements, meeting.id);
    await tx.insert(statements).values({
      meetingId: meeting.id,
      agendaItemId: input.agendaItemId,
      attendeeId: input.attendeeId,
      speakerName,
      speakerPosition,
      body: input.body,
      position,
    });
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: "add_statement",
      changes: { speakerName, body: input.body },
    });
  });
}

export async function addCommitmentCommand(input: z.output<typeof commitmentSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const agencyIds = [input.agencyId, input.toAgencyId].filter((x): x is number => x !== null);
    if (agencyIds.length > 0) {
      const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, agencyIds));
      if (input.agencyId !== null && !found.some((f) => f.id === input.agencyId)) throw new FieldError("agencyId", "unknownAgency");
      if (input.toAgencyId !== null && !found.some((f) => f.id === input.toAgencyId)) throw new FieldError("toAgencyId", "unknownAgency");
    }
    if (input.sectorId !== null) {
      const [sector] = await tx.select({ id: sectors.id }).from(sectors).where(eq(sectors.id, input.sectorId));
      if (!sector) throw new FieldError("sectorId", "invalid");
    }
    const position = await nextPosition(tx, commitments, meeting.id);
    const { meetingId, ...fields } = input;
    await tx.insert(commitments).values({ meetingId, ...fields, dueDate: input.dueDate ?? null, figureUnit: input.figureUnit || null, position });
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: "add_commitment",
      changes: { body: input.body, figure: input.figure },
    });
  });
}

export async function removeMinutesEntryCommand(input: z.output<typeof removeEntrySchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const table = input.kind === "statement" ? statements : commitments;
    const [removed] = await tx
      .delete(table)
      .where(and(eq(table.id, input.id), eq(table.meetingId, meeting.id)))
      .returning({ body: table.body });
    if (!removed) throw new FieldError("form", "notFound");
    await touchMeeting(tx, meeting.id);
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "meeting",
      entityId: meeting.id,
      operation: `remove_${input.kind}`,
      changes: { body: removed.body },
    });
  });
}

/** One or more action items from a commitment in one step; the rest of their life is the actions module's. */
export async function createActionsFromCommitmentCommand(input: z.output<typeof actionsFromCommitmentSchema>, actor: Actor): Promise<number> {
  const rows = input.actions;
  return getDb().transaction(async (tx) => {
    // Creating actions does not change the minutes, so final meetings accept them too.
    const meeting = await lockMeeting(tx, input.meetingId, { allowFinal: true });
    const [commitment] = await tx
      .select()
      .from(commitments)
      .where(and(eq(commitments.id, input.commitmentId), eq(commitments.meetingId, meeting.id)));
    if (!commitment) throw new FieldError("form", "notFound");
    const owners = [...new Set(rows.map((r) => r.ownerAgencyId))];
    const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, owners));
    const missing = rows.find((r) => !found.some((f) => f.id === r.ownerAgencyId));
    if (missing) throw new FieldError(`ownerAgencyId.${missing.row}`, "unknownAgency");
    const targetIds = [...new Set(rows.flatMap((r) => (r.targetId === null ? [] : [r.targetId])))];
    const knownTargets =
      targetIds.length === 0 ? [] : await tx.select({ id: sectorTargets.id }).from(sectorTargets).where(inArray(sectorTargets.id, targetIds));
    const unknownTarget = rows.find((r) => r.targetId !== null && !knownTargets.some((k) => k.id === r.targetId));
    if (unknownTarget) throw new FieldError(`targetId.${unknownTarget.row}`, "invalid");
    const created = await tx
      .insert(actionItems)
      .values(
        rows.map((r) => ({
          meetingId: meeting.id,
          commitmentId: commitment.id,
          title: r.title,
          description: commitment.body,
          ownerAgencyId: r.ownerAgencyId,
          dueDate: r.dueDate,
          priority: r.priority,
          createdById: actor.id,
        })),
      )
      .returning({ id: actionItems.id, title: actionItems.title, ownerAgencyId: actionItems.ownerAgencyId, dueDate: actionItems.dueDate });
    // One row per action, in the order given: `created` follows `rows`.
    const links = rows.flatMap((r, i) =>
      r.targetId === null ? [] : [{ actionItemId: created[i]!.id, sectorTargetId: r.targetId, expectedContribution: r.targetExpected ?? 0 }],
    );
    if (links.length > 0) await tx.insert(actionTargets).values(links);
    await recordHistory(
      tx,
      created.map((a) => ({
        actorId: actor.id,
        entityType: "action_item" as const,
        entityId: a.id,
        operation: "create",
        changes: {
          title: a.title,
          fromCommitment: commitment.id,
          targets: links.filter((l) => l.actionItemId === a.id).map((l) => ({ sectorTargetId: l.sectorTargetId, expected: l.expectedContribution })),
        },
      })),
    );
    const recipients = await recipientsOf(
      tx,
      created.map((a) => ({ ownerAgencyId: a.ownerAgencyId, assigneeId: null })),
    );
    await notify(
      tx,
      created.map((a) => ({
        userIds: recipients({ ownerAgencyId: a.ownerAgencyId, assigneeId: null }),
        kind: "assigned" as const,
        params: { title: a.title, dueDate: a.dueDate },
        actionItemId: a.id,
      })),
    );
    return created.length;
  });
}
