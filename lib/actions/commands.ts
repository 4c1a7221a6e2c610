import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { actionItems, actionSteps, actionSupporters, actionTargets, agencies, commitments, meetings, sectorTargets, users } from "@/db/schema";
import { enforce, type ActionRecord, type Actor } from "@/lib/policy";
import { FieldError } from "@/lib/errors";
import { diffFields, recordHistory } from "@/lib/history";
import { agencyRecipients, notify } from "@/lib/notifications/commands";
import { saveInOrder } from "@/lib/reorder";
import type { ActionPlanInput } from "./rules";

type ActionRow = typeof actionItems.$inferSelect;
type PlanStep = { id: number | null; title: string; dueDate: string | null };

/** Locks an action for a change, as the record the policy decides on; actions the actor may not read do not exist. */
export async function lockAction(
  tx: Transaction,
  actionId: number,
  actor: Actor,
  version?: number,
): Promise<{ action: ActionRow; record: ActionRecord; supporterIds: number[] }> {
  const [action] = await tx.select().from(actionItems).where(eq(actionItems.id, actionId)).for("update");
  if (!action) throw new FieldError("form", "notFound");
  const supporterIds = (await tx.select({ id: actionSupporters.agencyId }).from(actionSupporters).where(eq(actionSupporters.actionItemId, actionId))).map(
    (r) => r.id,
  );
  const record: ActionRecord = { ownerAgencyId: action.ownerAgencyId, supporterIds, status: action.status };
  enforce(actor, "action.read", record);
  if (version !== undefined && version !== action.version) throw new FieldError("form", "staleAction");
  return { action, record, supporterIds };
}

/** Checks the plan's references and row values, so that a bad row gets its own message. */
async function checkPlan(tx: Transaction, input: ActionPlanInput) {
  const steps: PlanStep[] = input.steps.map((s) => ({ id: s.stepId, title: s.stepTitle, dueDate: s.stepDue }));
  const targets = input.targets.map((t) => ({ sectorTargetId: t.targetId, expected: t.targetExpected }));
  if (new Set(targets.map((t) => t.sectorTargetId)).size !== targets.length) throw new FieldError("targetId", "duplicateTarget");
  const agencyIds = [input.ownerAgencyId, ...input.supporterIds];
  const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, agencyIds));
  if (!found.some((a) => a.id === input.ownerAgencyId)) throw new FieldError("ownerAgencyId", "unknownAgency");
  if (input.supporterIds.some((id) => !found.some((a) => a.id === id))) throw new FieldError("supporterIds", "unknownAgency");
  if (input.assigneeId !== null) {
    const [person] = await tx.select({ agencyId: users.agencyId }).from(users).where(eq(users.id, input.assigneeId));
    if (person?.agencyId !== input.ownerAgencyId) throw new FieldError("assigneeId", "assigneeAgency");
  }
  if (targets.length > 0) {
    const known = await tx
      .select({ id: sectorTargets.id })
      .from(sectorTargets)
      .where(
        inArray(
          sectorTargets.id,
          targets.map((t) => t.sectorTargetId),
        ),
      );
    if (known.length !== targets.length) throw new FieldError("targetId", "invalid");
  }
  if (input.meetingId !== null) {
    const [m] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, input.meetingId));
    if (!m) throw new FieldError("meetingId", "invalid");
  }
  // A commitment belongs to one meeting: the action that carries it out comes from that meeting.
  if (input.commitmentId !== null) {
    const [c] = await tx.select({ meetingId: commitments.meetingId }).from(commitments).where(eq(commitments.id, input.commitmentId));
    if (!c || c.meetingId !== input.meetingId) throw new FieldError("meetingId", "commitmentOtherMeeting");
  }
  return { steps, targets, supporters: [...new Set(input.supporterIds)].filter((id) => id !== input.ownerAgencyId) };
}

function planFields(input: ActionPlanInput) {
  return {
    title: input.title,
    description: input.description,
    ownerAgencyId: input.ownerAgencyId,
    assigneeId: input.assigneeId,
    dueDate: input.dueDate,
    priority: input.priority,
    meetingId: input.meetingId,
    commitmentId: input.commitmentId,
  };
}

export async function createActionCommand(input: ActionPlanInput, actor: Actor): Promise<number> {
  return getDb().transaction(async (tx) => {
    const plan = await checkPlan(tx, input);
    const fields = planFields(input);
    const [row] = await tx
      .insert(actionItems)
      .values({ ...fields, createdById: actor.id })
      .returning({ id: actionItems.id });
    const id = row!.id;
    if (plan.steps.length > 0)
      await tx.insert(actionSteps).values(plan.steps.map((s, i) => ({ actionItemId: id, position: i + 1, title: s.title, dueDate: s.dueDate })));
    if (plan.supporters.length > 0) await tx.insert(actionSupporters).values(plan.supporters.map((agencyId) => ({ actionItemId: id, agencyId })));
    if (plan.targets.length > 0)
      await tx
        .insert(actionTargets)
        .values(plan.targets.map((t) => ({ actionItemId: id, sectorTargetId: t.sectorTargetId, expectedContribution: t.expected })));
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "action_item",
      entityId: id,
      operation: "create",
      changes: { ...fields, steps: plan.steps.map((s) => s.title), targets: plan.targets },
    });
    await notify(tx, {
      userIds: await agencyRecipients(tx, fields.ownerAgencyId, fields.assigneeId),
      kind: "assigned",
      params: { title: fields.title, dueDate: fields.dueDate },
      actionItemId: id,
    });
    return id;
  });
}

/**
 * Saves a changed plan. Someone else's newer save wins and this one is refused; after the meeting,
 * a change to the agreed steps or the due date needs a reason, kept in the history.
 */
export async function updateActionCommand(input: ActionPlanInput, actor: Actor): Promise<void> {
  if (input.id === null) throw new FieldError("form", "notFound");
  const actionId = input.id;
  await getDb().transaction(async (tx) => {
    const { action, record, supporterIds } = await lockAction(tx, actionId, actor, input.version);
    enforce(actor, "action.plan", record);
    const plan = await checkPlan(tx, input);
    const fields = planFields(input);
    const steps = await tx.select().from(actionSteps).where(eq(actionSteps.actionItemId, actionId)).orderBy(actionSteps.position);
    const stepsBefore = steps.map((s) => `${s.title}|${s.dueDate ?? ""}`);
    const stepsAfter = plan.steps.map((s) => `${s.title}|${s.dueDate ?? ""}`);
    const agreedChanged = action.dueDate !== fields.dueDate || JSON.stringify(stepsBefore) !== JSON.stringify(stepsAfter);
    if (agreedChanged && action.meetingId !== null && !input.changeReason) {
      const [m] = await tx.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, action.meetingId));
      if (m && m.status !== "draft") throw new FieldError("changeReason", "changeReasonRequired");
    }
    await tx
      .update(actionItems)
      .set({ ...fields, version: sql`${actionItems.version} + 1`, updatedAt: sql`now()` })
      .where(eq(actionItems.id, actionId));
    await syncSteps(tx, actionId, steps, plan.steps);
    await tx.delete(actionSupporters).where(eq(actionSupporters.actionItemId, actionId));
    if (plan.supporters.length > 0) await tx.insert(actionSupporters).values(plan.supporters.map((agencyId) => ({ actionItemId: actionId, agencyId })));
    await syncTargets(tx, actionId, plan.targets);
    const changes: Record<string, unknown> = diffFields(action, fields);
    if (JSON.stringify(stepsBefore) !== JSON.stringify(stepsAfter)) changes.steps = { from: stepsBefore, to: stepsAfter };
    if (JSON.stringify([...supporterIds].sort()) !== JSON.stringify([...plan.supporters].sort()))
      changes.supporters = { from: supporterIds, to: plan.supporters };
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "action_item",
      entityId: actionId,
      operation: "update_plan",
      changes,
      reason: input.changeReason || null,
    });
    if (action.ownerAgencyId !== fields.ownerAgencyId || (fields.assigneeId !== null && action.assigneeId !== fields.assigneeId)) {
      await notify(tx, {
        userIds: await agencyRecipients(tx, fields.ownerAgencyId, fields.assigneeId),
        kind: "reassigned",
        params: { title: fields.title },
        actionItemId: actionId,
      });
    }
  });
}

async function syncSteps(tx: Transaction, actionId: number, existing: Array<typeof actionSteps.$inferSelect>, next: PlanStep[]) {
  await saveInOrder(
    existing.map((e) => e.id),
    next,
    {
      remove: (ids) => tx.delete(actionSteps).where(inArray(actionSteps.id, ids)),
      park: () =>
        tx
          .update(actionSteps)
          .set({ position: sql`-${actionSteps.position} - 1000` })
          .where(eq(actionSteps.actionItemId, actionId)),
      update: (id, position, s) => tx.update(actionSteps).set({ position, title: s.title, dueDate: s.dueDate }).where(eq(actionSteps.id, id)),
      insert: (position, s) => tx.insert(actionSteps).values({ actionItemId: actionId, position, title: s.title, dueDate: s.dueDate }),
    },
  );
}

async function syncTargets(tx: Transaction, actionId: number, next: Array<{ sectorTargetId: number; expected: number }>) {
  const ids = next.map((t) => t.sectorTargetId);
  const existing = await tx.select({ id: actionTargets.sectorTargetId }).from(actionTargets).where(eq(actionTargets.actionItemId, actionId));
  const removed = existing.map((e) => e.id).filter((id) => !ids.includes(id));
  if (removed.length > 0) await tx.delete(actionTargets).where(and(eq(actionTargets.actionItemId, actionId), inArray(actionTargets.sectorTargetId, removed)));
  if (next.length > 0) {
    await tx
      .insert(actionTargets)
      .values(next.map((t) => ({ actionItemId: actionId, sectorTargetId: t.sectorTargetId, expectedContribution: t.expected })))
      .onConflictDoUpdate({
        target: [actionTargets.actionItemId, actionTargets.sectorTargetId],
        set: { expectedContribution: sql`excluded.expected_contribution` },
      });
  }
}
