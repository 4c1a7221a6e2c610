import "server-only";
import { and, asc, count, eq, gt, ilike, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, notifications, sessions, users, userTwoFactor } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { pageOffset, type Page } from "@/lib/pagination";
import { currentTenantId } from "@/lib/tenancy/context";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  agencyId: number | null;
  /** The regency the user belongs to (lib/tenancy). */
  tenantId: number;
  agencyName: string | null;
  active: boolean;
  /** A confirmed authenticator (lib/auth/two-factor): admins without one may only enrol. */
  twoFactorEnrolled: boolean;
  /** Their notifications not yet read (the header's inbox badge), read in the same statement. */
  unreadNotifications: number;
}

/** The user with this e-mail in the current regency (the same address may exist in another). */
export async function findUserByEmail(email: string) {
  const tenant = await currentTenantId();
  const [row] = await getDb()
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenant), eq(sql`lower(${users.email})`, email.toLowerCase())))
    .limit(1);
  return row ?? null;
}

export async function findUserById(id: number) {
  const tenant = await currentTenantId();
  const [row] = await getDb()
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenant), eq(users.id, id)))
    .limit(1);
  return row ?? null;
}

/**
 * The user behind a session, in one read that also checks the session: null when the session
 * has ended or expired, or the user was deactivated. The same statement counts their unread
 * notifications, which every portal page shows in its header. Only a session of the current
 * regency counts: one opened at another regency's address is no session here.
 */
export async function findSessionUser(sessionId: string): Promise<SessionUser | null> {
  const tenant = await currentTenantId();
  const [row] = await getDb()
    .select({
      id: users.id,
      tenantId: users.tenantId,
      email: users.email,
      name: users.name,
      role: users.role,
      agencyId: users.agencyId,
      agencyName: agencies.shortName,
      active: users.active,
      twoFactorEnrolled: sql<boolean>`${userTwoFactor.enrolledAt} is not null`,
      // One index lookup (notifications_user_unread_idx) instead of a statement of its own on every page.
      unreadNotifications:
        sql<number>`(select count(*)::int from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null)`.mapWith(
          Number,
        ),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(and(eq(sessions.id, sessionId), eq(sessions.tenantId, tenant), isNull(sessions.endedAt), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

export const USERS_PAGE_SIZE = 20;

export async function listUsers({ page, query }: { page: number; query?: string }): Promise<Page<UserRow>> {
  const q = query?.trim();
  const where = q ? or(ilike(users.name, `%${q}%`), ilike(users.email, `%${q}%`)) : undefined;
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset(pageOffset(page, USERS_PAGE_SIZE)),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: USERS_PAGE_SIZE };
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  position: users.position,
  role: users.role,
  agencyId: users.agencyId,
  agencyName: agencies.shortName,
  active: users.active,
};
export type UserRow = {
  id: number;
  email: string;
  name: string;
  position: string;
  role: Role;
  agencyId: number | null;
  agencyName: string | null;
  active: boolean;
};

export async function getUser(id: number): Promise<UserRow | null> {
  const [row] = await getDb()
    .select(userColumns)
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(users.id, id)))
    .limit(1);
  return row ?? null;
}
