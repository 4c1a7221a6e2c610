"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { mutation } from "@/lib/mutation";
import { actionsFromCommitmentSchema, commitmentSchema, minutesSchema, removeEntrySchema, statementSchema } from "./rules";
import {
  addCommitmentCommand,
  addStatementCommand,
  createActionsFromCommitmentCommand,
  removeMinutesEntryCommand,
  saveMinutesCommand,
} from "./minutes-commands";

async function saved(
  meetingId: number,
  key: "minutesSaved" | "amended" | "statementAdded" | "commitmentAdded" | "removed" | "actionsCreated",
  values?: Record<string, string | number>,
) {
  revalidatePath(`/meetings/${meetingId}`);
  revalidatePath(`/meetings/${meetingId}/minutes`);
  return { ok: true as const, message: (await getTranslations("minutes"))(key, values) };
}

/** Minutes per agenda item, summary and conclusions; once final, only as an amendment with a reason. */
export const saveMinutes = mutation("meeting.update", minutesSchema, async (input, actor) => {
  const result = await saveMinutesCommand(input, actor);
  return saved(input.meetingId, result === "amended" ? "amended" : "minutesSaved");
});

export const addStatement = mutation("meeting.update", statementSchema, async (input, actor) => {
  await addStatementCommand(input, actor);
  return saved(input.meetingId, "statementAdded");
});

export const addCommitment = mutation("meeting.update", commitmentSchema, async (input, actor) => {
  await addCommitmentCommand(input, actor);
  return saved(input.meetingId, "commitmentAdded");
});

export const removeMinutesEntry = mutation("meeting.update", removeEntrySchema, async (input, actor) => {
  await removeMinutesEntryCommand(input, actor);
  return saved(input.meetingId, "removed");
});

/** One or more action items from a commitment in one step; the rest of their life is the actions module's. */
export const createActionsFromCommitment = mutation("action.create", actionsFromCommitmentSchema, async (input, actor) => {
  const count = await createActionsFromCommitmentCommand(input, actor);
  return saved(input.meetingId, "actionsCreated", { count });
});
