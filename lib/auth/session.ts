import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { recordRefusal } from "@/lib/audit/events";
import { can, type Operation } from "@/lib/authz";
import type { SessionUser } from "@/lib/users/queries";
import { auth } from "./index";
import { loadSessionUser } from "./sessions";

/**
 * The signed-in user as the database knows them now, read together with their session row: a
 * session that was ended (logout, deactivation, a new password…) or a deactivated user gives
 * null at once, and a changed role or agency applies from the next request on.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  return loadSessionUser(session.sessionId);
});

/** The id of the current request's session, for commands that end every session but this one. */
export async function currentSessionId(): Promise<string | null> {
  const session = await auth();
  return session?.sessionId || null;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
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
