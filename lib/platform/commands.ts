import "server-only";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import { oversightGrants, settings, tenants, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { authorize, type Actor } from "@/lib/authz";
import { FieldError, isUniqueViolation } from "@/lib/errors";
import { recordHistory } from "@/lib/history";
import { withTenants } from "@/lib/tenancy/context";
import { forgetTenants } from "@/lib/tenancy/resolve";
import type { createOverseerSchema, createRegencySchema, setGrantsSchema } from "./rules";

/**
 * Moves the open transaction to another tenant: the row-level security policies read
 * `kawal.tenants` per statement, and set_config(..., true) ends with the transaction. Only the
 * platform commands do this, to write a new regency and the history of it in one transaction.
 */
async function enterTenant(tx: Transaction, tenantId: number): Promise<void> {
  await tx.execute(sql`select set_config('kawal.tenants', ${String(tenantId)}, true)`);
}

/** `execute` answers { rows } on PGlite and an array on postgres.js. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The settings a fresh install starts from, for a new regency (its name in the region setting). */
function regencySettings(input: { name: string; province: string }) {
  return [
    { key: "coverage_rule", value: { minIncreasePct: 20, legalReference: "Permendagri No. 5 Tahun 2024" } },
    { key: "region", value: { name: input.name, province: input.province, office: "Sekretariat Daerah" } },
  ];
}

/** Regencies only: a new overseer's grants may name no region and no unknown tenant. */
async function assertRegencies(tx: Transaction, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(inArray(tenants.id, ids), eq(tenants.kind, "regency")));
  if (found.length !== ids.length) throw new FieldError("regencyIds", "unknownRegency");
}

/**
 * A new regency with its settings and its first admin, in one transaction: the tenant row (the
 * app's role may insert only its slug, name, host and kind), then, inside the new tenant, the
 * settings and the admin, then the history in the platform admin's own tenant.
 */
export async function createRegencyCommand(input: z.output<typeof createRegencySchema>, actor: Actor): Promise<{ id: number; slug: string }> {
  authorize(actor, "platform.manage");
  const passwordHash = await hashPassword(input.adminPassword);
  const created = await withTenants([], () =>
    getDb().transaction(async (tx) => {
      // Written out: drizzle's insert names every column (id, demo, active…), and the app's role
      // may insert only these four.
      const [tenant] = rowsOf<{ id: number; slug: string }>(
        await tx.execute(
          sql`insert into ${tenants} (slug, name, host, kind) values (${input.slug}, ${input.name}, ${input.host}, 'regency') returning id, slug`,
        ),
      );
      await enterTenant(tx, tenant!.id);
      await tx.insert(settings).values(regencySettings(input));
      const [admin] = await tx
        .insert(users)
        .values({ name: input.adminName, email: input.adminEmail, position: "Pengelola Sistem", role: "admin", passwordHash })
        .returning({ id: users.id });
      // The actor belongs to another tenant: the new regency's history names it in the changes.
      await recordHistory(tx, {
        actorId: null,
        entityType: "user",
        entityId: admin!.id,
        operation: "create",
        changes: { name: input.adminName, email: input.adminEmail, role: "admin", byPlatformAdmin: actor.id, byTenant: actor.tenantId },
      });
      await enterTenant(tx, actor.tenantId);
      await recordHistory(tx, {
        actorId: actor.id,
        entityType: "tenant",
        entityId: tenant!.id,
        operation: "create",
        changes: { slug: input.slug, name: input.name, host: input.host, adminEmail: input.adminEmail },
      });
      return tenant!;
    }),
  ).catch((error: unknown) => {
    if (isUniqueViolation(error, "tenants_slug_unique")) throw new FieldError("slug", "slugTaken");
    if (isUniqueViolation(error, "tenants_host_unique")) throw new FieldError("host", "hostTaken");
    throw error;
  });
  forgetTenants();
  return created;
}

/** A province viewer or regional reviewer in the platform admin's region tenant, with the regencies it reads. */
export async function createOverseerCommand(input: z.output<typeof createOverseerSchema>, actor: Actor): Promise<number> {
  authorize(actor, "platform.manage");
  const passwordHash = await hashPassword(input.password);
  return withTenants([actor.tenantId], () =>
    getDb().transaction(async (tx) => {
      // Overseers belong to a region, never to a regency: the platform admin's own tenant must be one.
      const [own] = await tx
        .select({ id: tenants.id })
        .from(tenants)
        .where(and(eq(tenants.id, actor.tenantId), eq(tenants.kind, "region")));
      if (!own) throw new FieldError("form", "forbidden");
      await assertRegencies(tx, input.regencyIds);
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email, position: input.position, role: input.role, passwordHash })
        .returning({ id: users.id });
      if (input.regencyIds.length > 0) {
        await tx.insert(oversightGrants).values(input.regencyIds.map((regencyId) => ({ userId: user!.id, regencyId, grantedById: actor.id })));
      }
      await recordHistory(tx, {
        actorId: actor.id,
        entityType: "user",
        entityId: user!.id,
        operation: "create",
        changes: { name: input.name, email: input.email, role: input.role, regencyIds: input.regencyIds },
      });
      return user!.id;
    }),
  ).catch((error: unknown) => {
    if (isUniqueViolation(error, "users_email_key")) throw new FieldError("email", "emailTaken");
    throw error;
  });
}

/** Replaces the regencies an overseer reads; the change (added, removed) goes to the history. */
export async function setGrantsCommand(input: z.output<typeof setGrantsSchema>, actor: Actor): Promise<{ added: number[]; removed: number[] }> {
  authorize(actor, "platform.manage");
  return withTenants([actor.tenantId], () =>
    getDb().transaction(async (tx) => {
      const [overseer] = await tx
        .select({ id: users.id, role: users.role })
        .from(users)
        .where(and(eq(users.id, input.userId), eq(users.tenantId, actor.tenantId)))
        .for("update");
      if (!overseer || (overseer.role !== "province_viewer" && overseer.role !== "regional_reviewer")) throw new FieldError("form", "notFound");
      await assertRegencies(tx, input.regencyIds);
      const before = (await tx.select({ regencyId: oversightGrants.regencyId }).from(oversightGrants).where(eq(oversightGrants.userId, overseer.id))).map(
        (g) => g.regencyId,
      );
      const added = input.regencyIds.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !input.regencyIds.includes(id));
      if (added.length === 0 && removed.length === 0) return { added, removed };
      await tx
        .delete(oversightGrants)
        .where(and(eq(oversightGrants.userId, overseer.id), input.regencyIds.length > 0 ? notInArray(oversightGrants.regencyId, input.regencyIds) : undefined));
      if (added.length > 0) await tx.insert(oversightGrants).values(added.map((regencyId) => ({ userId: overseer.id, regencyId, grantedById: actor.id })));
      await recordHistory(tx, { actorId: actor.id, entityType: "oversight_grant", entityId: overseer.id, operation: "update", changes: { added, removed } });
      return { added, removed };
    }),
  );
}
