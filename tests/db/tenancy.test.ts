import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { agencies, history, tenants, users } from "@/db/schema";
import { recordHistory } from "@/lib/history";
import { setProcessTenants, withTenants } from "@/lib/tenancy/context";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
const A = 1;
let B: number;
let agencyA: number;
let agencyB: number;
let userB: number;

/** `db.execute` answers { rows } on PGlite and an array on postgres.js. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Raw SQL through the app's wrapper, as tenant A (or whatever `tenants` says). */
async function asTenants<T = Record<string, unknown>>(ids: number[], query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await withTenants(ids, () => handle.db.execute(query)));
}

/** Every row of tenant B, as the owner sees them: what no statement of tenant A may change. */
async function tenantBRows(): Promise<string> {
  const result = await handle.owner.execute(
    sql`select (select json_agg(a order by a.id) from agencies a where a.tenant_id = ${B})::text as agencies,
               (select json_agg(u order by u.id) from users u where u.tenant_id = ${B})::text as users,
               (select count(*) from history h where h.tenant_id = ${B})::int as history`,
  );
  return JSON.stringify(rowsOf(result));
}

/** Why `work` failed, with the database's own message (drizzle wraps it as the cause). */
async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${(error as Error).message} ${cause instanceof Error ? cause.message : ""}`;
  }
  return "succeeded";
}

beforeAll(async () => {
  handle = await freshDatabase();
  const [b] = await handle.owner.insert(tenants).values({ slug: "contoh", name: "Kabupaten Contoh", demo: true }).returning({ id: tenants.id });
  B = b!.id;
  agencyA = await withTenants(
    [A],
    async () =>
      (await handle.db.insert(agencies).values({ code: "A1", name: "Dinas A", shortName: "A", kind: "dinas", headTitle: "Kepala" }).returning())[0]!.id,
  );
  ({ agencyB, userB } = await withTenants([B], async () => {
    const [agency] = await handle.db.insert(agencies).values({ code: "A1", name: "Dinas A", shortName: "A", kind: "dinas", headTitle: "Kepala" }).returning();
    const [user] = await handle.db.insert(users).values({ email: "admin@contoh.demo", name: "Admin Contoh", role: "admin", passwordHash: "!" }).returning();
    await recordHistory(handle.db, { actorId: user!.id, entityType: "user", entityId: user!.id, operation: "create" });
    return { agencyB: agency!.id, userB: user!.id };
  }));
});
afterAll(() => handle.close());

describe("row-level security, as the app's role with tenant A", () => {
  it("runs every statement as kawal_app with the transaction's tenants, and leaves nothing on the connection", async () => {
    const [row] = await asTenants<{ who: string; tenants: string }>([A], sql`select current_user as who, current_setting('kawal.tenants') as tenants`);
    expect(row).toEqual({ who: "kawal_app", tenants: String(A) });
    const [after] = rowsOf<{ who: string; tenants: string | null }>(
      await handle.owner.execute(sql`select current_user as who, nullif(current_setting('kawal.tenants', true), '') as tenants`),
    );
    expect(after?.who).not.toBe("kawal_app");
    expect(after?.tenants).toBeNull();
  });

  it("reads nothing of tenant B, even asked by id", async () => {
    const rows = await asTenants<{ id: number; tenant_id: number }>([A], sql`select id, tenant_id from agencies`);
    expect(rows.map((r) => r.tenant_id)).toEqual(rows.map(() => A));
    expect(await asTenants([A], sql`select * from agencies where id = ${agencyB}`)).toEqual([]);
    expect(await asTenants([A], sql`select * from users where email = 'admin@contoh.demo'`)).toEqual([]);
    expect(await asTenants([A], sql`select * from history where tenant_id = ${B}`)).toEqual([]);
  });

  it("changes and deletes nothing of tenant B, and cannot write into it", async () => {
    const before = await tenantBRows();
    expect(await asTenants([A], sql`update agencies set name = 'Diambil' where id = ${agencyB} returning id`)).toEqual([]);
    expect(await asTenants([A], sql`update users set role = 'viewer' returning id`)).not.toContainEqual({ id: userB });
    expect(await asTenants([A], sql`delete from agencies where tenant_id = ${B} returning id`)).toEqual([]);
    await expect(
      asTenants([A], sql`insert into agencies (tenant_id, code, name, short_name, kind, head_title) values (${B}, 'X', 'Dinas X', 'X', 'dinas', 'K')`),
    ).rejects.toThrow();
    await expect(asTenants([A], sql`update agencies set tenant_id = ${B} where id = ${agencyA}`)).rejects.toThrow();
    expect(await tenantBRows()).toBe(before);
  });

  it("cannot point a row of A at a row of B (composite foreign keys)", async () => {
    await expect(
      asTenants([A], sql`insert into users (email, name, role, agency_id, password_hash) values ('x@a.test', 'X', 'agency_head', ${agencyB}, '!')`),
    ).rejects.toThrow();
  });

  it("cannot empty a table, change its security or the tenants, or rewrite the chains", async () => {
    await expect(asTenants([A], sql`truncate agencies`)).rejects.toThrow();
    await expect(asTenants([A], sql`alter table agencies disable row level security`)).rejects.toThrow();
    await expect(asTenants([A], sql`update tenants set name = 'X'`)).rejects.toThrow();
    await expect(asTenants([A], sql`delete from history`)).rejects.toThrow();
  });

  it("reads both tenants only when given both, and then may not write", async () => {
    const rows = await asTenants<{ tenant_id: number }>([A, B], sql`select distinct tenant_id from agencies order by tenant_id`);
    expect(rows.map((r) => r.tenant_id)).toEqual([A, B]);
    expect(
      await failure(asTenants([A, B], sql`insert into agencies (code, name, short_name, kind, head_title) values ('Y', 'Dinas Y', 'Y', 'dinas', 'K')`)),
    ).toMatch(/exactly one tenant/);
  });
});

describe("without a tenant", () => {
  it("an empty list reads no tenant rows and cannot insert (the default raises)", async () => {
    expect(await asTenants([], sql`select id from agencies`)).toEqual([]);
    expect(await asTenants([], sql`select id from users`)).toEqual([]);
    expect(
      await failure(asTenants([], sql`insert into agencies (code, name, short_name, kind, head_title) values ('Z', 'Dinas Z', 'Z', 'dinas', 'K')`)),
    ).toMatch(/exactly one tenant/);
    // The tenants themselves are readable: that is how a request finds its tenant.
    expect((await asTenants([], sql`select slug from tenants order by id`)).map((r) => r.slug)).toEqual(["sinjai", "contoh"]);
  });

  it("no context at all fails before the statement is sent", async () => {
    setProcessTenants(undefined);
    try {
      expect(await failure(handle.db.select().from(agencies).execute())).toMatch(/No tenant for this statement/);
      expect(await failure(handle.db.transaction((tx) => tx.select().from(agencies)))).toMatch(/No tenant for this statement/);
    } finally {
      setProcessTenants([A]);
    }
  });

  it("a transaction keeps its tenant for every statement in it", async () => {
    const seen = await withTenants([B], () =>
      handle.db.transaction(async (tx) => {
        const first = await tx.select({ id: agencies.id }).from(agencies);
        const second = await tx.select({ id: users.id }).from(users).where(eq(users.id, userB));
        return [first.map((r) => r.id), second.map((r) => r.id)];
      }),
    );
    expect(seen).toEqual([[agencyB], [userB]]);
    const [last] = await withTenants([B], () => handle.db.select({ tenantId: history.tenantId }).from(history));
    expect(last?.tenantId).toBe(B);
  });
});
