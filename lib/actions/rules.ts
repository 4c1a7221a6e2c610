import { z } from "zod";
import { actionStatuses, priorities, type ActionStatus } from "@/db/schema/enums";
import {
  asList as list,
  isoDateField as isoDate,
  optionalIdField,
  idField,
  numberField,
  optionalIsoDateField,
  optionalNumberField,
  rows,
  versionField,
} from "@/lib/form-fields";

const closed: ReadonlySet<ActionStatus> = new Set(["done", "verified"]);

/** An action is overdue when its due date (WITA calendar day) has passed and it is not done. */
export function isOverdue(action: { status: ActionStatus; dueDate: string }, todayIso: string): boolean {
  return !closed.has(action.status) && action.dueDate < todayIso;
}

/** How many of an action's steps are done, out of how many. */
export function stepProgress(steps: ReadonlyArray<{ doneAt: Date | string | null }>): { done: number; total: number } {
  return { done: steps.filter((s) => s.doneAt !== null).length, total: steps.length };
}

// ---- evidence ----------------------------------------------------------------------------------

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

const evidenceTypes: Record<string, { mime: string; magic?: number[] }> = {
  pdf: { mime: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  png: { mime: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mime: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  webp: { mime: "image/webp", magic: [0x52, 0x49, 0x46, 0x46] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: [0x50, 0x4b, 0x03, 0x04] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: [0x50, 0x4b, 0x03, 0x04] },
  csv: { mime: "text/csv" },
};
export const EVIDENCE_EXTENSIONS = Object.keys(evidenceTypes);

/**
 * Checks an uploaded evidence file by size, extension and its first bytes (never trusting the
 * browser's type) and returns the content type to store, or the reason it is refused.
 */
export function checkEvidence(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; contentType: string } | { ok: false; reason: "evidenceTooLarge" | "evidenceType" | "evidenceEmpty" } {
  if (bytes.byteLength === 0) return { ok: false, reason: "evidenceEmpty" };
  if (bytes.byteLength > EVIDENCE_MAX_BYTES) return { ok: false, reason: "evidenceTooLarge" };
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const type = evidenceTypes[ext];
  if (!type) return { ok: false, reason: "evidenceType" };
  if (type.magic && !type.magic.every((b, i) => bytes[i] === b)) return { ok: false, reason: "evidenceType" };
  if (!type.magic && bytes.subarray(0, 4096).includes(0)) return { ok: false, reason: "evidenceType" };
  return { ok: true, contentType: type.mime };
}

/** A file name safe to store and to send back in a header. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "berkas";
  return base.replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(0, 120) || "berkas";
}

// ---- forms ---------------------------------------------------------------------------------------

const optionalId = optionalIdField();

export const actionPlanSchema = z
  .object({
    id: optionalId,
    version: versionField.default(0),
    meetingId: optionalId,
    commitmentId: optionalId,
    title: z.string().trim().min(1, "required").max(200, "tooLong"),
    description: z.string().trim().max(5000, "tooLong").default(""),
    ownerAgencyId: idField("unknownAgency"),
    assigneeId: optionalId,
    supporterIds: z.preprocess((v) => list(v).filter((x) => x !== ""), z.array(idField())),
    dueDate: isoDate,
    priority: z.enum(priorities, { error: "invalid" }),
    changeReason: z.string().trim().max(500, "tooLong").default(""),
  })
  // The agreed steps in order (blank rows dropped; stepId is set for steps that exist already)…
  .and(
    rows("steps", z.object({ stepId: optionalId, stepTitle: z.string().trim().max(200, "tooLong"), stepDue: optionalIsoDateField }), {
      keep: (r) => (r.stepTitle ?? "").trim() !== "",
    }),
  )
  // …and the sector targets the action serves, with the participants it is expected to add.
  .and(rows("targets", z.object({ targetId: idField(), targetExpected: numberField({ min: 0, max: 99_999_999 }) }), { keep: (r) => r.targetId !== "" }));
export type ActionPlanInput = z.output<typeof actionPlanSchema>;

export const statusChangeSchema = z
  .object({
    actionId: idField(),
    version: versionField,
    // The form starts at "choose" (an empty value): saving it without a choice changes nothing.
    status: z.enum(actionStatuses, { error: "chooseStatus" }),
    reason: z.string().trim().max(2000, "tooLong").default(""),
  })
  .refine((s) => s.status !== "blocked" || s.reason.length > 0, { path: ["reason"], message: "blockedReason" });
export type StatusChangeInput = z.output<typeof statusChangeSchema>;

export const progressSchema = z
  .object({
    actionId: idField(),
    body: z.string().trim().min(1, "required").max(5000, "tooLong"),
    percent: optionalNumberField({ min: 0, max: 100, message: "percent" }),
  })
  // The figures achieved so far per linked sector target; a target left blank is not reported.
  .and(
    rows("figures", z.object({ targetId: idField(), achieved: numberField({ min: 0, max: 99_999_999 }) }), { keep: (r) => (r.achieved ?? "").trim() !== "" }),
  );
export type ProgressInput = z.output<typeof progressSchema>;

export const stepToggleSchema = z.object({ actionId: idField(), stepId: idField(), done: z.enum(["true", "false"]) });
export const commentSchema = z.object({ actionId: idField(), body: z.string().trim().min(1, "required").max(5000, "tooLong") });
export const reviewSchema = z
  .object({ actionId: idField(), version: versionField, decision: z.enum(["verify", "return"]), comment: z.string().trim().max(5000, "tooLong").default("") })
  .refine((r) => r.decision === "verify" || r.comment.length > 0, { path: ["comment"], message: "returnComment" });
export type ReviewInput = z.output<typeof reviewSchema>;
