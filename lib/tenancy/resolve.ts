import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tenants } from "@/db/schema";
import type { TenantKind } from "@/db/schema/enums";
import { withTenants } from "./context";

export interface Tenant {
  id: number;
  slug: string;
  name: string;
  host: string | null;
  demo: boolean;
  /** A region (the people above the regencies) is reached by its host or prefix only, never by default. */
  kind?: TenantKind;
}

export { TENANT_COOKIE, TENANT_HEADER, TENANT_SLUG } from "./names";

/** Tenants change rarely (a platform admin adds one); each process reads them at most this often. */
const CACHE_MS = 30_000;
let cached: { at: number; rows: Tenant[] } | undefined;

/** The active tenants, in id order. The tenants table is readable without a tenant: it is how one is found. */
export async function activeTenants(): Promise<Tenant[]> {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.rows;
  const rows = await withTenants([], () =>
    getDb()
      .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, host: tenants.host, demo: tenants.demo, kind: tenants.kind, active: tenants.active })
      .from(tenants)
      .orderBy(asc(tenants.id)),
  );
  const active = rows.filter((t) => t.active).map((t) => ({ id: t.id, slug: t.slug, name: t.name, host: t.host, demo: t.demo, kind: t.kind }));
  cached = { at: Date.now(), rows: active };
  return active;
}

/** Forgets the cached list (after a tenant is added, and between tests). */
export function forgetTenants(): void {
  cached = undefined;
}

/** A host name as compared with tenants.host: lower case, without the port. */
export function hostName(host: string | null | undefined): string {
  return (host ?? "").trim().toLowerCase().replace(/:\d+$/, "");
}

/**
 * Which tenant a request belongs to: the tenant whose host it is; else the one its path prefix
 * names; else the one the cookie a prefix left names; else the one KAWAL_DEFAULT_TENANT names;
 * else, when exactly one regency is not illustrative (`demo`), that one, so a single-regency install
 * (and the demo, whose second regency is illustrative) keeps today's URLs. Undefined: no tenant
 * (the caller answers 404).
 */
export function resolveTenant(
  all: readonly Tenant[],
  request: { host?: string | null; slug?: string | null; remembered?: string | null },
  defaultSlug?: string,
): Tenant | undefined {
  const host = hostName(request.host);
  const byHost = host ? all.find((t) => t.host !== null && hostName(t.host) === host) : undefined;
  if (byHost) return byHost;
  // A prefix that names no regency is an unknown address; a remembered one that has gone is forgotten.
  if (request.slug) return all.find((t) => t.slug === request.slug);
  const remembered = request.remembered ? all.find((t) => t.slug === request.remembered) : undefined;
  if (remembered) return remembered;
  if (defaultSlug) return all.find((t) => t.slug === defaultSlug);
  // An illustrative regency (the demo's second) is only ever reached by name, never by default.
  const real = all.filter((t) => !t.demo && t.kind !== "region");
  return real.length === 1 ? real[0] : undefined;
}

/** Every tenant's id, active or not: for the commands that run across them (reminders, checks at start). */
export async function allTenantIds(): Promise<number[]> {
  const rows = await withTenants([], () => getDb().select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id)));
  return rows.map((r) => r.id);
}
