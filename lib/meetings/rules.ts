import { z } from "zod";
import { attendanceStatuses, meetingTypes, priorities, type MeetingStatus } from "@/db/schema/enums";
import {
  asList as list,
  isoDateField as isoDate,
  optionalIdField,
  idField,
  optionalIsoDateField,
  optionalNumberField,
  optionalTimeField,
  rows,
  timeField,
  versionField,
} from "@/lib/form-fields";
import { LIMITS } from "@/lib/domain/limits";

const optionalId = optionalIdField();

export { LIMITS };

const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");

export const meetingSchema = z
  .object({
    id: optionalId,
    version: versionField.default(0),
    title: z.string().trim().min(1, "required").max(LIMITS.title, "tooLong"),
    type: z.enum(meetingTypes, { error: "invalid" }),
    date: isoDate,
    startTime: timeField,
    endTime: optionalTimeField,
    place: optionalText(LIMITS.shortText),
    onlineUrl: z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), z.string().max(500, "tooLong").refine(isWebUrl, "url").optional()),
    chairName: z.string().trim().min(1, "required").max(LIMITS.shortText, "tooLong"),
    chairPosition: optionalText(LIMITS.shortText),
    minuteTakerName: optionalText(LIMITS.shortText),
    minuteTakerPosition: optionalText(LIMITS.shortText),
    seriesId: optionalId,
    newSeriesName: optionalText(LIMITS.title),
  })
  .refine((m) => !m.endTime || m.endTime > m.startTime, { path: ["endTime"], message: "endBeforeStart" })
  // The agenda as typed, in order, without blank rows; agendaId is set for items that exist already.
  .and(
    rows("agendaRows", z.object({ agendaId: optionalId, agenda: z.string().trim().max(LIMITS.title, "tooLong") }), {
      keep: (r) => (r.agenda ?? "").trim() !== "",
    }),
  )
  .refine((m) => m.agendaRows.length <= LIMITS.agendaItems, { path: ["agenda"], message: "tooMany" });
export type MeetingInput = z.output<typeof meetingSchema>;

export const attendeeGuestSchema = z.object({
  meetingId: idField(),
  name: z.string().trim().min(1, "required").max(LIMITS.shortText, "tooLong"),
  position: optionalText(LIMITS.shortText),
  institution: optionalText(LIMITS.shortText),
  walkIn: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export const inviteUsersSchema = z.object({
  meetingId: idField(),
  userIds: z.preprocess((v) => list(v).filter((x) => x !== ""), z.array(idField()).min(1, "pickSomeone")),
});

export const removeAttendeeSchema = z.object({ meetingId: idField(), attendeeId: idField() });

export const attendanceSchema = z
  .object({
    meetingId: idField(),
    attendeeId: idField(),
    version: versionField,
    attendance: z.enum(attendanceStatuses, { error: "invalid" }),
    deputyName: optionalText(LIMITS.shortText),
    deputyPosition: optionalText(LIMITS.shortText),
    arrivedAt: optionalTimeField,
  })
  .refine((a) => a.attendance !== "represented" || a.deputyName.length > 0, { path: ["deputyName"], message: "deputyRequired" });

export const minutesSchema = z.object({
  meetingId: idField(),
  version: versionField,
  summary: optionalText(LIMITS.minutes),
  conclusions: optionalText(LIMITS.minutes),
  agendaIds: z.preprocess((v) => list(v), z.array(idField())),
  agendaNotes: z.preprocess((v) => list(v).map(String), z.array(z.string().max(LIMITS.minutes, "minutesTooLong"))),
  amendmentReason: optionalText(LIMITS.shortText),
});

export const removeEntrySchema = z.object({ meetingId: idField(), id: idField(), kind: z.enum(["statement", "commitment"]) });

export const statementSchema = z.object({
  meetingId: idField(),
  agendaItemId: optionalId,
  attendeeId: optionalId,
  speakerName: optionalText(LIMITS.shortText),
  body: z.string().trim().min(1, "required").max(LIMITS.minutes, "minutesTooLong"),
});

export const commitmentSchema = z
  .object({
    meetingId: idField(),
    agendaItemId: optionalId,
    agencyId: optionalId,
    toAgencyId: optionalId,
    committedByName: optionalText(LIMITS.shortText),
    body: z.string().trim().min(1, "required").max(LIMITS.minutes, "minutesTooLong"),
    figure: optionalNumberField({ min: -10_000_000, max: 10_000_000 }),
    figureUnit: optionalText(60),
    sectorId: optionalId,
    dueDate: optionalIsoDateField,
  })
  .refine((c) => c.agencyId !== null || c.committedByName.length > 0, { path: ["agencyId"], message: "whoCommitted" });

/** Rows of new actions: a row counts once anything in it is filled in; a linked target needs its expected figure. */
const commitmentActionRow = z
  .object({
    title: z.string().trim().min(1, "required").max(LIMITS.title, "tooLong"),
    ownerAgencyId: idField("unknownAgency"),
    dueDate: isoDate,
    priority: z.preprocess((v) => (v === "" ? "normal" : v), z.enum(priorities, { error: "invalid" })),
    targetId: optionalIdField(),
    targetExpected: optionalNumberField({ min: 0, max: 99_999_999, message: "expectedRequired" }),
  })
  .refine((r) => r.targetId === null || r.targetExpected !== null, { path: ["targetExpected"], message: "expectedRequired" });

export const actionsFromCommitmentSchema = z
  .object({ meetingId: idField(), commitmentId: idField() })
  .and(rows("actions", commitmentActionRow, { keep: (r) => (r.title ?? "").trim() !== "" || r.ownerAgencyId !== "" || r.dueDate !== "", min: 1 }));

export const finalizeSchema = z.object({ meetingId: idField(), version: versionField });
export type FinalizeInput = z.output<typeof finalizeSchema>;

export const confirmationSchema = z
  .object({
    meetingId: idField(),
    decision: z.enum(["confirmed", "objected"], { error: "invalid" }),
    reason: optionalText(LIMITS.minutes),
  })
  .refine((c) => c.decision !== "objected" || c.reason.length > 0, { path: ["reason"], message: "objectionReason" });
export type ConfirmationInput = z.output<typeof confirmationSchema>;

/** The agenda as typed, in order; `id` is set for items that exist already. */
export function agendaRows(input: Pick<MeetingInput, "agendaRows">): Array<{ id: number | null; title: string }> {
  return input.agendaRows.map((r) => ({ id: r.agendaId, title: r.agenda }));
}

/** Final minutes are read-only; corrections go through an amendment with a reason. */
export function isLocked(status: MeetingStatus): boolean {
  return status === "minutes_final";
}

/** A link people may follow from a meeting: http or https with a host, nothing a browser would run. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
}
