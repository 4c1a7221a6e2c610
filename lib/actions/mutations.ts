"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { FieldError } from "@/lib/errors";
import { emailUnsent } from "@/lib/notifications/email";
import { mutation } from "@/lib/mutation";
import { createActionCommand, updateActionCommand } from "./commands";
import { actionPlanSchema, commentSchema, progressSchema, reviewSchema, statusChangeSchema, stepToggleSchema } from "./rules";
import { addCommentCommand, addProgressCommand, changeStatusCommand, reviewCommand, toggleStepCommand, type UploadedFile } from "./work-commands";

async function saved(actionId: number, key: "statusSaved" | "stepSaved" | "progressSaved" | "commentSaved" | "verified" | "returned" | "planSaved") {
  revalidatePath(`/actions/${actionId}`);
  revalidatePath("/actions");
  revalidatePath("/");
  return { ok: true as const, message: (await getTranslations("actions.messages"))(key) };
}

export const createAction = mutation("action.create", actionPlanSchema, async (input, actor) => {
  const id = await createActionCommand(input, actor);
  await emailUnsent(getDb(), { actionItemId: id });
  revalidatePath("/actions");
  redirect(`/actions/${id}`);
});

export const updateAction = mutation("action.plan", actionPlanSchema, async (input, actor) => {
  await updateActionCommand(input, actor);
  await emailUnsent(getDb(), { actionItemId: input.id ?? 0 });
  return saved(input.id ?? 0, "planSaved");
});

export const changeStatus = mutation("action.work", statusChangeSchema, async (input, actor) => {
  await changeStatusCommand(input, actor);
  return saved(input.actionId, "statusSaved");
});

export const toggleStep = mutation("action.work", stepToggleSchema, async (input, actor) => {
  await toggleStepCommand(input, actor);
  return saved(input.actionId, "stepSaved");
});

const MAX_FILES = 3;

/**
 * A file input left empty still sends an empty part without a file name, which React's decoder
 * names "undefined". A file the user chose that happens to be empty is kept, so checkEvidence
 * refuses it with its name instead of dropping it silently.
 */
function noFileChosen(file: File): boolean {
  return file.size === 0 && (file.name === "" || file.name === "undefined");
}

export const addProgress = mutation("action.work", progressSchema, async (input, actor, formData) => {
  const files = formData.getAll("evidence").filter((f): f is File => f instanceof File && !noFileChosen(f));
  if (files.length > MAX_FILES) throw new FieldError("evidence", "tooManyFiles", { max: MAX_FILES });
  const uploads: UploadedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  await addProgressCommand(input, uploads, actor);
  return saved(input.actionId, "progressSaved");
});

export const addComment = mutation("action.comment", commentSchema, async (input, actor) => {
  await addCommentCommand(input, actor);
  return saved(input.actionId, "commentSaved");
});

export const reviewAction = mutation("action.review", reviewSchema, async (input, actor) => {
  await reviewCommand(input, actor);
  await emailUnsent(getDb(), { actionItemId: input.actionId });
  return saved(input.actionId, input.decision === "verify" ? "verified" : "returned");
});
