import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Operation } from "@/lib/authz";
import { findSessionUser, type SessionUser } from "@/lib/users/queries";
import { auth } from "./index";

/**
 * The signed-in user as the database knows them now: a deactivated user is sent away and a
 * changed role or agency applies from the next request on, not when the token expires.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await findSessionUser(id);
  return user?.active ? user : null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user if the authz table lets them do `operation`, else a 404. */
export async function requireAllowed(operation: Operation): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, operation)) notFound();
  return user;
}
