import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { recordRefusal } from "@/lib/audit/events";
import { can, type Operation } from "@/lib/authz";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/users/queries";
import { auth } from "./index";
import { loadSessionUser } from "./sessions";
import { mustEnrolTwoFactor } from "./two-factor/policy";

/** The page an account that must enrol a second factor is held on (lib/auth/two-factor/policy.ts). */
export const ENROLMENT_PATH = "/account/two-factor";

export interface CurrentUser extends SessionUser {
  /** Their role needs a second factor they have not set up: they may only enrol (or log out). */
  mustEnrolTwoFactor: boolean;
}

/**
 * The signed-in user as the database knows them now, read together with their session row: a
 * session that was ended (logout, deactivation, a new password…) or a deactivated user gives
 * null at once, and a changed role or agency applies from the next request on.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  const user = await loadSessionUser(session.sessionId);
  return user ? { ...user, mustEnrolTwoFactor: mustEnrolTwoFactor(user, env()) } : null;
});

/** The id of the current request's session, for commands that end every session but this one. */
export async function currentSessionId(): Promise<string | null> {
  const session = await auth();
  return session?.sessionId || null;
}

/**
 * For pages and server actions: the signed-in user, or a redirect to the login page. An account
 * that must first enrol a second factor is sent to the enrolment page, unless `enrolling` says
 * the caller is part of the enrolment (or refuses such accounts itself, as `mutation` does).
 */
export async function requireUser({ enrolling = false }: { enrolling?: boolean } = {}): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (user.mustEnrolTwoFactor && !enrolling) redirect(ENROLMENT_PATH);
  return user;
}

/** For pages: the signed-in user if the authz table lets them do `operation`, else a 404. */
export async function requireAllowed(operation: Operation): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, operation)) {
    await recordRefusal(user, operation);
    notFound();
  }
  return user;
}
