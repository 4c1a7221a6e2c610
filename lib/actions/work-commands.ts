import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { actionComments, actionItems, actionSteps, actionTargets, evidenceFiles, progressUpdates } from "@/db/schema";
import { allowedMoves, enforce, type Actor } from "@/lib/policy";
import { FieldError } from "@/lib/errors";
import { recordHistory } from "@/lib/history";
import { agencyRecipients, notify } from "@/lib/notifications/commands";
import { lockAction } from "./commands";
import { checkEvidence, safeFileName, type commentSchema, type ProgressInput, type ReviewInput, type StatusChangeInput, type stepToggleSchema } from "./rules";

/** Moves an action along the workflow of lib/policy (`transitions`); verifying and returning go through review. */
export async function changeStatusCommand(input: StatusChangeInput, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { action, record } = await lockAction(tx, input.actionId, actor, input.version);
    if (input.status === action.status) return;
    if (!allowedMoves(actor, record).includes(input.status)) throw new FieldError("status", "transitionNotAllowed");
    await tx
      .update(actionItems)
      .set({
        status: input.status,
        blockedReason: input.status === "blocked" ? input.reason : null,
        completedAt: input.status === "done" ? sql`now()` : null,
        version: sql`${actionItems.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(actionItems.id, action.id));
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "action_item",
      entityId: action.id,
      operation: "status",
      changes: { status: { from: action.status, to: input.status } },
      reason: input.reason || null,
    });
  });
}

export async function toggleStepCommand(input: z.output<typeof stepToggleSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { action, record } = await lockAction(tx, input.actionId, actor);
    enforce(actor, "action.report", record);
    if (action.status === "verified") throw new FieldError("form", "actionVerified");
    const done = input.done === "true";
    const [step] = await tx
      .update(actionSteps)
      .set({ doneAt: done ? sql`now()` : null, doneById: done ? actor.id : null })
      .where(and(eq(actionSteps.id, input.stepId), eq(actionSteps.actionItemId, action.id)))
      .returning({ title: actionSteps.title });
    if (!step) throw new FieldError("form", "notFound");
    await tx
      .update(actionItems)
      .set({ updatedAt: sql`now()` })
      .where(eq(actionItems.id, action.id));
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "action_item",
      entityId: action.id,
      operation: done ? "step_done" : "step_undone",
      changes: { step: step.title },
    });
  });
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A progress report: text, percentage, the figures achieved so far per linked sector target
 * (they count only once verified) and evidence files, all saved together or not at all.
 */
export async function addProgressCommand(input: ProgressInput, files: UploadedFile[], actor: Actor): Promise<void> {
  const checked = files.map((f, i) => {
    const verdict = checkEvidence(f.name, f.bytes);
    if (!verdict.ok) throw new FieldError("evidence", verdict.reason, { file: f.name, index: i });
    return { ...f, contentType: verdict.contentType };
  });
  const figures = input.figures.map((f) => ({ row: f.row, sectorTargetId: f.targetId, achieved: f.achieved }));
  await getDb().transaction(async (tx) => {
    const { action, record } = await lockAction(tx, input.actionId, actor);
    enforce(actor, "action.report", record);
    if (action.status === "verified") throw new FieldError("form", "actionVerified");
    const links = await tx.select().from(actionTargets).where(eq(actionTargets.actionItemId, action.id));
    for (const f of figures) if (!links.some((l) => l.sectorTargetId === f.sectorTargetId)) throw new FieldError(`achieved.${f.row}`, "invalid");
    const total = figures.reduce((sum, f) => sum + f.achieved, 0);
    const [update] = await tx
      .insert(progressUpdates)
      .values({
        actionItemId: action.id,
        authorId: actor.id,
        body: input.body,
        percent: input.percent,
        figureAchieved: figures.length > 0 ? total : null,
      })
      .returning({ id: progressUpdates.id });
    if (checked.length > 0) {
      await tx.insert(evidenceFiles).values(
        checked.map((f) => ({
          progressUpdateId: update!.id,
          fileName: safeFileName(f.name),
          contentType: f.contentType,
          sizeBytes: f.bytes.byteLength,
          sha256: createHash("sha256").update(f.bytes).digest("hex"),
          content: f.bytes,
          uploadedById: actor.id,
        })),
      );
    }
    for (const f of figures) {
      await tx
        .update(actionTargets)
        .set({ reportedContribution: f.achieved })
        .where(and(eq(actionTargets.actionItemId, action.id), eq(actionTargets.sectorTargetId, f.sectorTargetId)));
    }
    const startsWork = action.status === "open";
    await tx
      .update(actionItems)
      .set({ updatedAt: sql`now()`, ...(startsWork ? { status: "in_progress" as const, version: sql`${actionItems.version} + 1` } : {}) })
      .where(eq(actionItems.id, action.id));
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "action_item",
      entityId: action.id,
      operation: "progress",
      changes: {
        percent: input.percent,
        figures: Object.fromEntries(figures.map((f) => [f.sectorTargetId, f.achieved])),
        files: checked.map((f) => f.name),
        ...(startsWork ? { status: { from: "open", to: "in_progress" } } : {}),
      },
    });
  });
}

export async function addCommentCommand(input: z.output<typeof commentSchema>, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { action, record } = await lockAction(tx, input.actionId, actor);
    enforce(actor, "action.comment", record);
    await tx.insert(actionComments).values({ actionItemId: action.id, authorId: actor.id, body: input.body });
  });
}

/**
 * The BPJS branch verifies an action reported done (its reported figures then count toward the
 * sector targets) or returns it with a comment; the owning agency is told either way.
 */
export async function reviewCommand(input: ReviewInput, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { action, record } = await lockAction(tx, input.actionId, actor, input.version);
    enforce(actor, "action.review", record);
    if (action.status !== "done") throw new FieldError("form", "notReportedDone");
    const verify = input.decision === "verify";
    await tx
      .update(actionItems)
      .set({
        status: verify ? "verified" : "in_progress",
        verifiedAt: verify ? sql`now()` : null,
        verifiedById: verify ? actor.id : null,
        completedAt: verify ? action.completedAt : null,
        version: sql`${actionItems.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(actionItems.id, action.id));
    if (verify) {
      await tx
        .update(actionTargets)
        .set({ verifiedContribution: sql`${actionTargets.reportedContribution}` })
        .where(eq(actionTargets.actionItemId, action.id));
    }
    if (input.comment) await tx.insert(actionComments).values({ actionItemId: action.id, authorId: actor.id, body: input.comment });
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "action_item",
      entityId: action.id,
      operation: verify ? "verify" : "return",
      changes: { status: { from: "done", to: verify ? "verified" : "in_progress" } },
      reason: input.comment || null,
    });
    await notify(tx, {
      userIds: await agencyRecipients(tx, action.ownerAgencyId, action.assigneeId),
      actionItemId: action.id,
      ...(verify
        ? ({ kind: "verified", params: { title: action.title } } as const)
        : ({ kind: "returned", params: { title: action.title, comment: input.comment } } as const)),
    });
  });
}
