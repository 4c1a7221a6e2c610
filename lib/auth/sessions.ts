import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb, type Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { SessionEndReason } from "@/db/schema/enums";
import { findSessionUser } from "@/lib/users/queries";
import { SESSION_MAX_AGE_SECONDS } from "./config";

/** How long ended sessions are kept: the addresses an account signed in from count as known for as long. */
export const KNOWN_ADDRESS_DAYS = 30;

/**
 * The user of a live session. Cached for the request, so that the Auth.js callback that checks
 * the session and the page that needs the user share one read.
 */
export const loadSessionUser = cache((sessionId: string) => findSessionUser(sessionId));

export async function createSession({ userId, ipAddress, userAgent }: { userId: number; ipAddress: string; userAgent: string }): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const db = getDb();
  await db.insert(sessions).values({
    id,
    userId,
    ipAddress,
    userAgent: userAgent.slice(0, 300),
    expiresAt: sql`now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`,
  });
  // Each sign-in tidies the same user's sessions that are past any use.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, sql`now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})`)));
  return id;
}

/** Ends one session (logout). */
export async function endSession(sessionId: string, reason: SessionEndReason): Promise<void> {
  await getDb()
    .update(sessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
}

/**
 * Ends every open session of a user, except `keep` (the one changing its own password), in
 * the caller's transaction when there is one, so that the change and the logout land together.
 */
export async function endUserSessions(
  executor: Executor,
  { userId, reason, keep }: { userId: number; reason: SessionEndReason; keep?: string },
): Promise<number> {
  const ended = await executor
    .update(sessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), gt(sessions.expiresAt, sql`now()`), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

export interface OpenSession {
  id: string;
  createdAt: Date;
  ipAddress: string;
  userAgent: string;
}

/** A user's sessions that still open pages, newest first. */
export async function openSessions(userId: number): Promise<OpenSession[]> {
  return getDb()
    .select({ id: sessions.id, createdAt: sessions.createdAt, ipAddress: sessions.ipAddress, userAgent: sessions.userAgent })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.createdAt))
    .limit(50);
}

/** True when the account signed in from this address in the last KNOWN_ADDRESS_DAYS days. */
export async function signedInFrom(email: string, ipAddress: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sql`lower(${users.email})`, email.toLowerCase()),
        eq(sessions.ipAddress, ipAddress),
        gt(sessions.createdAt, sql`now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})`),
      ),
    )
    .limit(1);
  return Boolean(row);
}
