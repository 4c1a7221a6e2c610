import "server-only";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { agencies, users } from "@/db/schema";
import type { SessionEndReason } from "@/db/schema/enums";
import { hashPassword } from "@/lib/auth/password";
import { endUserSessions } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/authz";
import { FieldError, isUniqueViolation } from "@/lib/errors";
import { diffFields, recordHistory } from "@/lib/history";
import { setPasswordHash } from "./passwords";
import type { createUserSchema, endSessionsSchema, resetPasswordSchema, updateUserSchema } from "./rules";

async function assertAgencyExists(tx: Executor, agencyId: number | null): Promise<void> {
  if (agencyId === null) return;
  const [row] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  if (!row) throw new FieldError("agencyId", "unknownAgency");
}

function duplicateEmail(error: unknown): never {
  if (isUniqueViolation(error, "users_email_key")) throw new FieldError("email", "emailTaken");
  throw error;
}

/** A new login; the password is hashed before the transaction and never stored or logged as typed. */
export async function createUserCommand(input: z.output<typeof createUserSchema>, actor: Actor): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return getDb()
    .transaction(async (tx) => {
      await assertAgencyExists(tx, input.agencyId);
      const [row] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          position: input.position,
          role: input.role,
          agencyId: input.agencyId,
          passwordHash,
        })
        .returning({ id: users.id });
      await recordHistory(tx, {
        actorId: actor.id,
        entityType: "user",
        entityId: row!.id,
        operation: "create",
        changes: { name: input.name, email: input.email, role: input.role, agencyId: input.agencyId },
      });
      return row!.id;
    })
    .catch(duplicateEmail);
}

/**
 * What in a user's change ends their open sessions: deactivation, or a new role or agency
 * (what they may see was decided under the old ones, in pages still open).
 */
function sessionEndingChange(
  before: { active: boolean; role: string; agencyId: number | null },
  next: { active: boolean; role: string; agencyId: number | null },
): SessionEndReason | null {
  if (before.active && !next.active) return "deactivated";
  if (before.role !== next.role || before.agencyId !== next.agencyId) return "role_changed";
  return null;
}

/** Changes a login's name, e-mail, role, agency or activity; an admin cannot lock themselves out. */
export async function updateUserCommand(input: z.output<typeof updateUserSchema>, actor: Actor): Promise<void> {
  if (input.id === actor.id && (!input.active || input.role !== "admin")) throw new FieldError("form", "selfLockout");
  await getDb()
    .transaction(async (tx) => {
      await assertAgencyExists(tx, input.agencyId);
      const [before] = await tx.select().from(users).where(eq(users.id, input.id)).for("update");
      if (!before) throw new FieldError("form", "notFound");
      const next = { name: input.name, email: input.email, position: input.position, role: input.role, agencyId: input.agencyId, active: input.active };
      const changes = diffFields<Record<string, unknown>>(before, next);
      if (Object.keys(changes).length === 0) return;
      await tx
        .update(users)
        .set({ ...next, updatedAt: sql`now()` })
        .where(eq(users.id, input.id));
      const reason = sessionEndingChange(before, next);
      if (reason) await endUserSessions(tx, { userId: input.id, reason });
      await recordHistory(tx, { actorId: actor.id, entityType: "user", entityId: input.id, operation: "update", changes });
    })
    .catch(duplicateEmail);
}

/** An admin sets a new password; every session of that user ends. */
export async function resetPasswordCommand(input: z.output<typeof resetPasswordSchema>, actor: Actor): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await getDb().transaction(async (tx) => {
    if (!(await setPasswordHash(tx, input.id, passwordHash))) throw new FieldError("form", "notFound");
    await endUserSessions(tx, { userId: input.id, reason: "password_reset" });
    await recordHistory(tx, { actorId: actor.id, entityType: "user", entityId: input.id, operation: "reset_password" });
  });
}

/** Signs a user out of every browser; returns how many sessions ended. */
export async function endSessionsCommand(input: z.output<typeof endSessionsSchema>, actor: Actor): Promise<number> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.id)).limit(1);
    if (!user) throw new FieldError("form", "notFound");
    const count = await endUserSessions(tx, { userId: input.id, reason: "ended_by_admin" });
    await recordHistory(tx, { actorId: actor.id, entityType: "user", entityId: input.id, operation: "end_sessions", changes: { sessions: count } });
    return count;
  });
}
