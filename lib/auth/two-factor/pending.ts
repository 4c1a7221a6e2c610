import "server-only";
import { cookies } from "next/headers";
import { PENDING_LOGIN_COOKIE } from "./cookie";
import { readPendingLogin } from "./secrets";

/** True when this browser gave a right password less than five minutes ago and owes its code. */
export async function hasPendingLogin(): Promise<boolean> {
  const token = (await cookies()).get(PENDING_LOGIN_COOKIE)?.value;
  return Boolean(token && readPendingLogin(token));
}
