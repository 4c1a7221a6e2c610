import { z } from "zod";
import { attendanceStatuses, meetingTypes, priorities, type MeetingStatus } from "@/db/schema/enums";
import { asList as list, isoDateField as isoDate, optionalIdField, idField, versionField } from "@/lib/form-fields";
import { LIMITS } from "@/lib/domain/limits";

const optionalId = optionalIdField();

export { LIMITS };

const clock = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeFormat");
const optionalClock = z.preprocess((v) => (v === "" ? undefined : v), clock.optional());
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");

/** A WITA wall-clock time on a calendar date, as an instant. */
export function witaInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export const meetingSchema = z
  .object({
    id: optionalId,
    version: versionField.default(0),
    title: z.string().trim().min(1, "required").max(LIMITS.title, "tooLong"),
    type: z.enum(meetingTypes, { error: "invalid" }),
    date: isoDate,
    startTime: clock,
    endTime: optionalClock,
    place: optionalText(LIMITS.shortText),
    onlineUrl: z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), z.string().max(500, "tooLong").refine(isWebUrl, "url").optional()),
    chairName: z.string().trim().min(1, "required").max(LIMITS.shortText, "tooLong"),
    chairPosition: optionalText(LIMITS.shortText),
    minuteTakerName: optionalText(LIMITS.shortText),
    minuteTakerPosition: optionalText(LIMITS.shortText),
    seriesId: optionalId,
    newSeriesName: optionalText(LIMITS.title),
    agenda: z.preprocess((v) => list(v).map((x) => String(x).trim()), z.array(z.string().max(LIMITS.title, "tooLong"))),
    agendaId: z.preprocess((v) => list(v).map(String), z.array(z.string())),
  })
  .refine((m) => m.agenda.filter(Boolean).length <= LIMITS.agendaItems, { path: ["agenda"], message: "tooMany" })
  .refine((m) => !m.endTime || m.endTime > m.startTime, { path: ["endTime"], message: "endBeforeStart" });
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
    attendance: z.enum(attendanceStatuses, { error: "invalid" }),
    deputyName: optionalText(LIMITS.shortText),
    deputyPosition: optionalText(LIMITS.shortText),
    arrivedAt: optionalClock,
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
    figure: z.preprocess(
      (v) => (v === "" || v === undefined ? null : String(v).replace(/\./g, "").replace(",", ".")),
      z.coerce.number({ error: "number" }).int("wholeNumber").min(-10_000_000, "number").max(10_000_000, "number").nullable(),
    ),
    figureUnit: optionalText(60),
    sectorId: optionalId,
    dueDate: z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional()),
  })
  .refine((c) => c.agencyId !== null || c.committedByName.length > 0, { path: ["agencyId"], message: "whoCommitted" });

export const actionsFromCommitmentSchema = z.object({
  meetingId: idField(),
  commitmentId: idField(),
  title: z.preprocess((v) => list(v).map((x) => String(x).trim()), z.array(z.string().max(LIMITS.title, "tooLong"))),
  ownerAgencyId: z.preprocess((v) => list(v).map(String), z.array(z.string())),
  dueDate: z.preprocess((v) => list(v).map(String), z.array(z.string())),
  priority: z.preprocess((v) => list(v).map(String), z.array(z.enum(priorities, { error: "invalid" }))),
  targetId: z.preprocess((v) => list(v).map(String), z.array(z.string())),
  targetExpected: z.preprocess((v) => list(v).map((x) => String(x).trim()), z.array(z.string())),
});

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

/** The agenda as typed, in order, without blank rows; `id` is set for items that exist already. */
export function agendaRows(input: Pick<MeetingInput, "agenda" | "agendaId">): Array<{ id: number | null; title: string }> {
  return input.agenda
    .map((title, i) => ({ id: Number(input.agendaId[i]) > 0 ? Number(input.agendaId[i]) : null, title }))
    .filter((row) => row.title.length > 0);
}

/** Final minutes are read-only; corrections go through an amendment with a reason. */
export function isLocked(status: MeetingStatus): boolean {
  return status === "minutes_final";
}

/** The action rows of the "create actions from a commitment" form that were filled in. */
export function filledActionRows(input: z.output<typeof actionsFromCommitmentSchema>) {
  return input.title
    .map((title, i) => ({
      row: i, title, ownerAgencyId: input.ownerAgencyId[i] ?? "", dueDate: input.dueDate[i] ?? "", priority: input.priority[i] ?? "normal",
      targetId: input.targetId[i] ?? "", targetExpected: input.targetExpected[i] ?? "",
    }))
    .filter((r) => r.title.length > 0 || r.ownerAgencyId !== "" || r.dueDate !== "");
}

/** A link people may follow from a meeting: http or https with a host, nothing a browser would run. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
}
