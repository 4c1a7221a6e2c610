import "server-only";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { oversightGrants, tenants, users } from "@/db/schema";
import { grantedRoles } from "@/db/schema/enums";
import type { Actor } from "@/lib/authz";
import { pageOffset, type Page } from "@/lib/pagination";
import { withTenants } from "@/lib/tenancy/context";

const PAGE_SIZE = 25;

export interface RegencyListRow {
  id: number;
  slug: string;
  name: string;
  host: string | null;
  demo: boolean;
  createdAt: Date;
}

/** The regencies of the installation (never a region), by name, a page at a time. */
export async function listRegencies({ page }: { page: number }): Promise<Page<RegencyListRow>> {
  const regency = eq(tenants.kind, "regency");
  return withTenants([], async () => {
    const db = getDb();
    const [rows, [total]] = await Promise.all([
      db
        .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, host: tenants.host, demo: tenants.demo, createdAt: tenants.createdAt })
        .from(tenants)
        .where(regency)
        .orderBy(asc(tenants.name), asc(tenants.id))
        .limit(PAGE_SIZE)
        .offset(pageOffset(page, PAGE_SIZE)),
      db.select({ n: count() }).from(tenants).where(regency),
    ]);
    return { rows, total: total?.n ?? 0, page, pageSize: PAGE_SIZE };
  });
}

/** Every regency as a choice for an overseer's grants (a province has 24; a form lists them all). */
export async function regencyChoices(): Promise<Array<{ id: number; name: string }>> {
  return withTenants([], () =>
    getDb().select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.kind, "regency")).orderBy(asc(tenants.name)).limit(1000),
  );
}

export interface OverseerRow {
  id: number;
  name: string;
  email: string;
  role: (typeof grantedRoles)[number];
  active: boolean;
  regencies: string[];
  regencyIds: number[];
}

/** Overseers matching `where`, each with the regencies granted to it, grouped by user. */
function overseers(where: SQL | undefined) {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: sql<OverseerRow["role"]>`${users.role}`,
      active: users.active,
      regencies: sql<string[]>`coalesce(array_agg(${tenants.name} order by ${tenants.name}) filter (where ${tenants.id} is not null), '{}')`,
      regencyIds: sql<number[]>`coalesce(array_agg(${tenants.id} order by ${tenants.name}) filter (where ${tenants.id} is not null), '{}')`,
    })
    .from(users)
    .leftJoin(oversightGrants, eq(oversightGrants.userId, users.id))
    .leftJoin(tenants, eq(tenants.id, oversightGrants.regencyId))
    .where(where)
    .groupBy(users.id);
}

/** The actor's region's overseers (province viewers and regional reviewers). */
function inRegion(actor: Actor): SQL | undefined {
  return and(eq(users.tenantId, actor.tenantId), inArray(users.role, [...grantedRoles]));
}

/** The province viewers and regional reviewers of the platform admin's region, with the regencies each reads. */
export async function listOverseers({ actor, page }: { actor: Actor; page: number }): Promise<Page<OverseerRow>> {
  return withTenants([actor.tenantId], async () => {
    const [rows, [total]] = await Promise.all([
      overseers(inRegion(actor)).orderBy(asc(users.name), asc(users.id)).limit(PAGE_SIZE).offset(pageOffset(page, PAGE_SIZE)),
      getDb().select({ n: count() }).from(users).where(inRegion(actor)),
    ]);
    return { rows, total: total?.n ?? 0, page, pageSize: PAGE_SIZE };
  });
}

/** One overseer of the actor's region, with its regencies; null when there is none by that id. */
export async function getOverseer({ actor, id }: { actor: Actor; id: number }): Promise<OverseerRow | null> {
  const rows = await withTenants([actor.tenantId], () => overseers(and(eq(users.id, id), inRegion(actor))));
  return rows[0] ?? null;
}
