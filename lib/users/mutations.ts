"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { mutation } from "@/lib/mutation";
import { createUserCommand, endSessionsCommand, resetPasswordCommand, updateUserCommand } from "./commands";
import { createUserSchema, endSessionsSchema, resetPasswordSchema, updateUserSchema } from "./rules";

export const createUser = mutation("user.manage", createUserSchema, async (input, actor) => {
  const id = await createUserCommand(input, actor);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${id}?saved=created`);
});

export const updateUser = mutation("user.manage", updateUserSchema, async (input, actor) => {
  await updateUserCommand(input, actor);
  revalidatePath("/admin/users");
  return { ok: true, message: (await getTranslations("admin.users"))("saved") };
});

export const resetPassword = mutation("user.manage", resetPasswordSchema, async (input, actor) => {
  await resetPasswordCommand(input, actor);
  revalidatePath(`/admin/users/${input.id}`);
  return { ok: true, message: (await getTranslations("admin.users"))("passwordReset") };
});

export const endSessionsOf = mutation("user.manage", endSessionsSchema, async (input, actor) => {
  const ended = await endSessionsCommand(input, actor);
  revalidatePath(`/admin/users/${input.id}`);
  return { ok: true, message: (await getTranslations("account"))("sessionsEndedByAdmin", { count: ended }) };
});
