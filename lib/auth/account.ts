"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { FieldError } from "@/lib/errors";
import { recordHistory } from "@/lib/history";
import { mutation } from "@/lib/mutation";
import { setPasswordHash } from "@/lib/users/passwords";
import { signOut } from "./index";
import { attemptLogin, clientAddress } from "./login-limits";
import { checkPassword, hashPassword } from "./password";
import { passwordProblem } from "./password-rules";
import { currentSessionId } from "./session";
import { endUserSessions } from "./sessions";

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(1024, "passwordLong"),
    password: z.string().max(1024, "passwordLong"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

/**
 * A new password for the signed-in user. The current one is checked within the login limits (a
 * stolen open session cannot guess it faster than the login form could), and every other
 * session ends with the change: whoever else knew the old password is signed out.
 */
export const changePassword = mutation("profile.security", changePasswordSchema, async (input, actor) => {
  const problem = passwordProblem(input.password, actor.email);
  if (problem) throw new FieldError("password", problem);
  const address = clientAddress(await headers());
  const attempt = await attemptLogin(actor.email, address, async () => {
    const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
    return (await checkPassword(row?.passwordHash ?? null, input.currentPassword)) ? true : null;
  });
  if (attempt.outcome === "limited") {
    const t = await getTranslations("auth");
    const seconds = Math.ceil(attempt.retryAfterMs / 1000);
    const message = seconds < 60 ? t("throttledSeconds", { seconds }) : t("throttled", { minutes: Math.ceil(seconds / 60) });
    return { ok: false, message };
  }
  if (attempt.outcome === "wrong") throw new FieldError("currentPassword", "currentPasswordWrong");
  const passwordHash = await hashPassword(input.password);
  const keep = (await currentSessionId()) ?? undefined;
  await getDb().transaction(async (tx) => {
    await setPasswordHash(tx, actor.id, passwordHash);
    await endUserSessions(tx, { userId: actor.id, reason: "password_changed", keep });
    await recordHistory(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, operation: "change_password" });
  });
  revalidatePath("/account");
  return { ok: true, message: (await getTranslations("account"))("passwordChanged") };
});

/** Ends every session of the signed-in user, this one included, and returns to the login page. */
export const logoutEverywhere = mutation("profile.security", z.object({}), async (_input, actor) => {
  await endUserSessions(getDb(), { userId: actor.id, reason: "logout_everywhere" });
  await signOut({ redirectTo: "/login" });
  return { ok: true };
});
