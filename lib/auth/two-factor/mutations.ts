"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { FieldError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { mutation } from "@/lib/mutation";
import { attemptLogin, clientAddress, type LoginAttempt } from "../login-limits";
import { checkPassword } from "../password";
import { twoFactorRequired } from "./policy";
import { idField } from "@/lib/form-fields";
import {
  cancelEnrolment,
  confirmEnrolment,
  consumeTotp,
  disableTwoFactor as disable,
  hasTwoFactor,
  regenerateRecoveryCodes as regenerate,
  resetTwoFactor,
  startEnrolment,
} from "./store";

/** Where enrolment is offered: the account page, and the page an admin without a second factor is held on. */
function revalidateAccount(): void {
  revalidatePath("/account");
  revalidatePath("/account/two-factor");
}

async function passwordMatches(userId: number, password: string): Promise<boolean> {
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return checkPassword(row?.passwordHash ?? null, password);
}

const sixDigits = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "codeSixDigits"));

async function throttled(attempt: LoginAttempt<unknown>): Promise<FormState | null> {
  if (attempt.outcome !== "limited") return null;
  const t = await getTranslations("auth");
  const seconds = Math.ceil(attempt.retryAfterMs / 1000);
  return { ok: false, message: seconds < 60 ? t("throttledSeconds", { seconds }) : t("throttled", { minutes: Math.ceil(seconds / 60) }) };
}

/** Starts an enrolment (or a new one, to move to another phone): a secret to scan waits for its first code. */
export const startTwoFactor = mutation(
  "profile.security",
  z.object({}),
  async (_input, actor) => {
    await startEnrolment(actor.id);
    revalidateAccount();
    return { ok: true };
  },
  { enrolling: true },
);

export const cancelTwoFactorEnrolment = mutation(
  "profile.security",
  z.object({}),
  async (_input, actor) => {
    await cancelEnrolment(actor.id);
    revalidateAccount();
    return { ok: true };
  },
  { enrolling: true },
);

/**
 * Confirms the enrolment with a code from the app; answers with the recovery codes, shown once.
 * Replacing an enrolled authenticator also needs the password (within the login limits), so that
 * an open session left behind cannot move the second factor to someone else's phone.
 */
export const confirmTwoFactor = mutation(
  "profile.security",
  z.object({ code: sixDigits, password: z.string().max(1024, "passwordLong").optional().default("") }),
  async ({ code, password }, actor) => {
    if (await hasTwoFactor(actor.id)) {
      if (!password) throw new FieldError("password", "required");
      const attempt = await attemptLogin(actor.email, clientAddress(await headers()), async () => ((await passwordMatches(actor.id, password)) ? true : null));
      const refused = await throttled(attempt);
      if (refused) return refused;
      if (attempt.outcome === "wrong") throw new FieldError("password", "currentPasswordWrong");
    }
    const result = await confirmEnrolment(actor.id, code);
    if (!result.ok) throw result.reason === "wrongCode" ? new FieldError("code", "codeWrong") : new FieldError("form", "twoFactorNoEnrolment");
    // Not revalidated here: the answer, with its codes, must stay on screen until the user moves on.
    return { ok: true, message: (await getTranslations("twoFactor"))("enrolled"), data: { recoveryCodes: result.recoveryCodes } };
  },
  { enrolling: true },
);

/** Ten new recovery codes, for a current code from the app; the old ones stop working. */
export const regenerateRecoveryCodes = mutation("profile.security", z.object({ code: sixDigits }), async ({ code }, actor) => {
  if (!(await hasTwoFactor(actor.id))) throw new FieldError("form", "twoFactorNotEnrolled");
  const attempt = await attemptLogin(actor.email, clientAddress(await headers()), async () => ((await consumeTotp(actor.id, code)) ? true : null));
  const refused = await throttled(attempt);
  if (refused) return refused;
  if (attempt.outcome === "wrong") throw new FieldError("code", "codeWrong");
  const codes = await regenerate(actor.id);
  return { ok: true, message: (await getTranslations("twoFactor"))("regenerated"), data: { recoveryCodes: codes } };
});

const disableSchema = z.object({
  password: z.string().max(1024, "passwordLong").optional().default(""),
  code: z.string().max(20, "codeSixDigits").optional().default(""),
});

/**
 * Turns two-factor login off, for the password or a current code (both within the login limits).
 * Refused to an account whose role requires it: such an account may only enrol again.
 */
export const disableTwoFactor = mutation("profile.security", disableSchema, async ({ password, code }, actor) => {
  if (twoFactorRequired(actor, env())) throw new FieldError("form", "twoFactorRequiredForRole");
  if (!(await hasTwoFactor(actor.id))) throw new FieldError("form", "twoFactorNotEnrolled");
  const digits = code.replace(/\s/g, "");
  if (!password && !digits) throw new FieldError("password", "passwordOrCode");
  if (!password && !/^\d{6}$/.test(digits)) throw new FieldError("code", "codeSixDigits");
  const address = clientAddress(await headers());
  const attempt = await attemptLogin(actor.email, address, async () => {
    if (password) return (await passwordMatches(actor.id, password)) ? true : null;
    return (await consumeTotp(actor.id, digits)) ? true : null;
  });
  const refused = await throttled(attempt);
  if (refused) return refused;
  if (attempt.outcome === "wrong") throw password ? new FieldError("password", "currentPasswordWrong") : new FieldError("code", "codeWrong");
  await disable(actor.id, { by: password ? "password" : "code" });
  revalidateAccount();
  return { ok: true, message: (await getTranslations("twoFactor"))("disabled") };
});

/**
 * The admin's way back for a user who lost both the phone and the recovery codes. Not for the
 * admin's own account: an open session alone must not be able to remove its second factor.
 */
export const resetTwoFactorOf = mutation("user.manage", z.object({ id: idField() }), async ({ id }, actor) => {
  if (id === actor.id) throw new FieldError("form", "twoFactorResetSelf");
  if (!(await resetTwoFactor({ actorId: actor.id, userId: id }))) throw new FieldError("form", "twoFactorNotEnrolled");
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message: (await getTranslations("twoFactor"))("resetDone") };
});
