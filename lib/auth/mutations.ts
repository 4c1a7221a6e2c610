"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/form-state";
import { signIn, signOut } from "./index";
import { PENDING_LOGIN_COOKIE } from "./two-factor/cookie";
import { parseSecondFactor } from "./two-factor/rules";

export async function login(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("auth");
  // Anyone can post any arguments to a server action: a call that is not a form is refused.
  if (!(formData instanceof FormData)) return { ok: false, message: t("invalidCredentials"), at: Date.now() };
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const fieldErrors: Record<string, string> = {};
  if (!email) fieldErrors.email = t("emailRequired");
  if (!password) fieldErrors.password = t("passwordRequired");
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, values: { email }, at: Date.now() };
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallback(formData.get("callbackUrl")) });
    return { ok: true };
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are ours to turn into messages.
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      // The password was right; the pending-login cookie (set by authorize) turns the page into the code step.
      if (code === "two_factor") return { ok: false, reason: "twoFactor", at: Date.now() };
      return { ok: false, message: refusal(t, code), values: { email }, at: Date.now() };
    }
    throw error;
  }
}

/**
 * The second step of a login: the code from the authenticator app, or a recovery code, for the
 * account whose password the pending-login cookie vouches for.
 */
export async function loginWithCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("auth");
  if (!(formData instanceof FormData)) return { ok: false, message: t("codeWrong"), at: Date.now() };
  const pendingLogin = (await cookies()).get(PENDING_LOGIN_COOKIE)?.value;
  if (!pendingLogin) return { ok: false, reason: "twoFactorExpired", message: t("codeExpired"), at: Date.now() };
  const code = String(formData.get("code") ?? "").slice(0, 100);
  if (!code.trim()) return { ok: false, fieldErrors: { code: t("codeRequired") }, at: Date.now() };
  if (!parseSecondFactor(code)) return { ok: false, fieldErrors: { code: t("codeFormat") }, values: { code }, at: Date.now() };
  try {
    await signIn("credentials", { pendingLogin, code, redirectTo: safeCallback(formData.get("callbackUrl")) });
    return { ok: true };
  } catch (error) {
    // A success has gone on as a redirect; the credentials check dropped the pending login with it.
    if (error instanceof AuthError) {
      const reason = (error as AuthError & { code?: string }).code ?? "";
      if (reason === "two_factor_expired") return { ok: false, reason: "twoFactorExpired", message: t("codeExpired"), at: Date.now() };
      if (reason === "two_factor_wrong") return { ok: false, fieldErrors: { code: t("codeWrong") }, message: t("codeWrong"), at: Date.now() };
      return { ok: false, message: refusal(t, reason), at: Date.now() };
    }
    throw error;
  }
}

/** Leaves the code step: back to the e-mail and password. */
export async function cancelLogin(): Promise<void> {
  (await cookies()).delete({ name: PENDING_LOGIN_COOKIE, path: "/login" });
}

/** The reason a sign-in was refused, with the wait when the login limits refused it (lib/auth/login-limits.ts). */
function refusal(t: Awaited<ReturnType<typeof getTranslations<"auth">>>, code: string): string {
  if (code === "inactive") return t("inactive");
  const wait = /^throttled:(\d+)$/.exec(code);
  if (!wait) return t("invalidCredentials");
  const seconds = Number(wait[1]);
  return seconds < 60 ? t("throttledSeconds", { seconds }) : t("throttled", { minutes: Math.ceil(seconds / 60) });
}

/** Only a path on this site: never an absolute or protocol-relative URL (no open redirect). */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.startsWith("/login") ? path : "/";
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
