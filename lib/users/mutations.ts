"use server";

import { hash } from "argon2";
import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb, type Executor } from "@/db/client";
import { agencies, users } from "@/db/schema";
import { diffFields, recordHistory } from "@/lib/history";
import { FieldError, isUniqueViolation } from "@/lib/errors";
import { mutation } from "@/lib/mutation";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "./rules";

async function assertAgencyExists(tx: Executor, agencyId: number | null): Promise<void> {
  if (agencyId === null) return;
  const [row] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  if (!row) throw new FieldError("agencyId", "unknownAgency");
}

function duplicateEmail(error: unknown): never {
  if (isUniqueViolation(error, "users_email_key")) throw new FieldError("email", "emailTaken");
  throw error;
}

export const createUser = mutation("user.manage", createUserSchema, async (input, actor) => {
  const passwordHash = await hash(input.password);
  const id = await getDb()
    .transaction(async (tx) => {
      await assertAgencyExists(tx, input.agencyId);
      const [row] = await tx.insert(users).values({
        name: input.name, email: input.email, position: input.position, role: input.role, agencyId: input.agencyId, passwordHash,
      }).returning({ id: users.id });
      await recordHistory(tx, {
        actorId: actor.id, entityType: "user", entityId: row!.id, operation: "create",
        changes: { name: input.name, email: input.email, role: input.role, agencyId: input.agencyId },
      });
      return row!.id;
    })
    .catch(duplicateEmail);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${id}?saved=created`);
});

export const updateUser = mutation("user.manage", updateUserSchema, async (input, actor) => {
  const t = await getTranslations("errors");
  if (input.id === actor.id && (!input.active || input.role !== "admin")) {
    return { ok: false, message: t("selfLockout") };
  }
  await getDb()
    .transaction(async (tx) => {
      await assertAgencyExists(tx, input.agencyId);
      const [before] = await tx.select().from(users).where(eq(users.id, input.id)).for("update");
      if (!before) throw new FieldError("form", "notFound");
      const next = { name: input.name, email: input.email, position: input.position, role: input.role, agencyId: input.agencyId, active: input.active };
      const changes = diffFields(before, next);
      if (Object.keys(changes).length === 0) return;
      await tx.update(users).set({ ...next, updatedAt: sql`now()` }).where(eq(users.id, input.id));
      await recordHistory(tx, { actorId: actor.id, entityType: "user", entityId: input.id, operation: "update", changes });
    })
    .catch(duplicateEmail);
  revalidatePath("/admin/users");
  return { ok: true, message: (await getTranslations("admin.users"))("saved") };
});

export const resetPassword = mutation("user.manage", resetPasswordSchema, async (input, actor) => {
  const passwordHash = await hash(input.password);
  await getDb().transaction(async (tx) => {
    const updated = await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(and(eq(users.id, input.id))).returning({ id: users.id });
    if (updated.length === 0) throw new FieldError("form", "notFound");
    await recordHistory(tx, { actorId: actor.id, entityType: "user", entityId: input.id, operation: "reset_password" });
  });
  return { ok: true, message: (await getTranslations("admin.users"))("passwordReset") };
});
