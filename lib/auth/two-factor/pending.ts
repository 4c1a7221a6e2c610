import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { PENDING_LOGIN_COOKIE } from "./cookie";
import { PENDING_LOGIN_SECONDS, readPendingLogin } from "./secrets";

/** True when this browser gave a right password less than five minutes ago and owes its code. */
export async function hasPendingLogin(): Promise<boolean> {
  const token = (await cookies()).get(PENDING_LOGIN_COOKIE)?.value;
  return Boolean(token && readPendingLogin(token));
}

/**
 * Keeps the pending-login token for the code step in an HttpOnly cookie of the login page, set
 * where the password was checked (the login form's action or Auth.js's own endpoint alike), so
 * that the token is never part of a page, a URL or a log line.
 */
export async function keepPendingLogin(token: string, request: Request): Promise<void> {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const secure = forwarded === "https" || new URL(request.url).protocol === "https:" || Boolean(env().AUTH_URL?.startsWith("https:"));
  (await cookies()).set(PENDING_LOGIN_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/login", maxAge: PENDING_LOGIN_SECONDS });
}

/** The pending login is used up (a session was made) or void: the code step is over. */
export async function forgetPendingLogin(): Promise<void> {
  (await cookies()).delete({ name: PENDING_LOGIN_COOKIE, path: "/login" });
}
