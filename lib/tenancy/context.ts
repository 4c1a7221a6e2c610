import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which tenants (regencies) the statements of this piece of work may see. db/client.ts asks
 * `tenantsForStatement()` before every statement and transaction and hands the answer to
 * PostgreSQL (`kawal.tenants`), where the row-level security policies read it.
 *
 * The order of asking: an explicit `withTenants` around the work; else the process's tenants,
 * which only tests set (`setProcessTenants`; a server never does); else, inside a Next.js request,
 * the request's tenant (from its host or path prefix, lib/tenancy/request.ts). With none of these
 * a statement fails: nothing runs outside a tenant by accident.
 */
const storage = new AsyncLocalStorage<readonly number[]>();
const processTenants: { ids?: readonly number[] } = {};

export class NoTenantError extends Error {
  constructor() {
    super("No tenant for this statement: wrap the work in withTenants([...]) or run it inside a request.");
    this.name = "NoTenantError";
  }
}

function checked(ids: readonly number[]): readonly number[] {
  for (const id of ids) if (!Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1) throw new Error(`Not a tenant id: ${id}`);
  return Object.freeze([...ids]);
}

/**
 * Runs `fn` with exactly these tenants; an empty list reads only what belongs to no tenant (the
 * tenants table). What `fn` returns is awaited inside, so a query builder returned unexecuted
 * still runs in the context.
 */
export function withTenants<T>(ids: readonly number[], fn: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(checked(ids), async () => await fn());
}

/** The tenants set by `withTenants` around the caller (or for the process), if any. */
export function currentTenants(): readonly number[] | undefined {
  return storage.getStore() ?? processTenants.ids;
}

/** For tests only: the tenants of statements run with no other context. */
export function setProcessTenants(ids: readonly number[] | undefined): void {
  processTenants.ids = ids === undefined ? undefined : checked(ids);
}

/** The request's tenant, when the statement runs inside a Next.js request; loaded lazily (it reads the database). */
async function requestTenant(): Promise<number | undefined> {
  const { tenantOfRequest } = await import("./request");
  return tenantOfRequest();
}

/** The `kawal.tenants` setting for the next statement: "3" or "3,7" or "" (none); throws without any context. */
export async function tenantsForStatement(): Promise<string> {
  const explicit = storage.getStore() ?? processTenants.ids;
  if (explicit) return explicit.join(",");
  const fromRequest = await requestTenant();
  if (fromRequest !== undefined) return String(fromRequest);
  throw new NoTenantError();
}

/**
 * The one tenant the current work belongs to (for what the app keys by tenant itself: the login
 * limits, the first wall of scoping). Throws when the context holds none or several.
 */
export async function currentTenantId(): Promise<number> {
  const explicit = storage.getStore() ?? processTenants.ids;
  const ids = explicit ?? [await requestTenant()].filter((id): id is number => id !== undefined);
  if (ids.length !== 1) throw new NoTenantError();
  return ids[0]!;
}
