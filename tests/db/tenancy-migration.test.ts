import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import * as schema from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { verifyAuditTrail } from "@/lib/audit/verify";
import { freshDatabase } from "../support/database";
import { migrationsBefore, migrationsFolder } from "../support/migrations";

/**
 * An existing single-regency database (the Sinjai demo, as it stood at migration 0008) moved into
 * its first tenant by 0009_tenants: nothing lost, every row in the tenant, every relation intact,
 * the chains still verify.
 */

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface Old {
  db: Database;
  migrate: (folder: string) => Promise<void>;
  close: () => Promise<void>;
}

/** An empty database of its own, as the owner: PGlite, or a new database on TEST_DATABASE_URL's server. */
async function openOld(): Promise<Old> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const client = new PGlite();
    const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
    return { db, migrate: (folder) => migratePglite(db as never, { migrationsFolder: folder }), close: () => client.close() };
  }
  const name = `kawal_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    migrate: (folder) => migratePostgres(db as never, { migrationsFolder: folder }),
    close: async () => {
      await client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

let demo: DatabaseHandle;
let old: Old;
let before: string;
let tables: string[];
const countsBefore = new Map<string, number>();

async function count(db: Database, table: string, where = sql``): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} ${where}`))[0]!.n;
}

beforeAll(async () => {
  // The demo, seeded by today's code, is copied into a database that stops at 0008: the columns
  // that existed then, the chains' hashes as they are (their content has no tenant).
  // Sinjai alone: the demo as it was before there were regencies.
  demo = await freshDatabase();
  await seedDemo(demo, { secondRegency: false });
  old = await openOld();
  before = migrationsBefore("0009_tenants");
  await old.migrate(before);
  tables = rowsOf<{ name: string }>(
    await old.db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`),
  ).map((r) => r.name);
  await old.db.transaction(async (tx) => {
    // Replica mode: no foreign-key or chain triggers while the rows are copied in any order.
    await tx.execute(sql`set local session_replication_role = replica`);
    // The chains' heads exist from 0005 on: they take the demo's values.
    await tx.execute(sql`delete from audit_chain_heads`);
    for (const table of tables) {
      const names = rowsOf<{ name: string }>(
        await tx.execute(sql`select column_name as name from information_schema.columns where table_schema = 'public' and table_name = ${table}`),
      ).map((r) => r.name);
      const columns = names.map((name) => sql.identifier(name));
      const list = sql.join(columns, sql`, `);
      const [copied] = rowsOf<{ rows: unknown }>(
        await demo.owner.execute(sql`select coalesce(json_agg(t), '[]')::text as rows from (select ${list} from ${sql.identifier(table)}) t`),
      );
      await tx.execute(
        sql`insert into ${sql.identifier(table)} (${list}) overriding system value select ${list} from json_populate_recordset(null::${sql.identifier(table)}, ${copied!.rows}::json)`,
      );
      if (!names.includes("id")) continue;
      const identity = rowsOf<{ seq: string | null }>(await tx.execute(sql`select pg_get_serial_sequence(${`"${table}"`}, 'id') as seq`))[0]?.seq;
      if (identity) await tx.execute(sql`select setval(${identity}, greatest((select max(id) from ${sql.identifier(table)}), 1))`);
    }
  });
  for (const table of tables) countsBefore.set(table, await count(old.db, table));
  await old.migrate(migrationsFolder);
});
afterAll(async () => {
  await old?.close();
  await demo?.close();
  rmSync(before, { recursive: true, force: true });
});

describe("0009_tenants on the Sinjai demo as it stood at 0008", () => {
  it("copied a real demo (the test would prove nothing on empty tables)", () => {
    for (const table of ["agencies", "users", "meetings", "action_items", "history", "realisations", "settings"]) {
      expect(countsBefore.get(table), table).toBeGreaterThan(0);
    }
  });

  it("makes one tenant, named from the region setting", async () => {
    const rows = await old.db.select().from(schema.tenants);
    expect(rows).toEqual([expect.objectContaining({ id: 1, slug: "sinjai", name: "Kabupaten Sinjai", demo: false, active: true })]);
  });

  it("loses no row, and puts every row of every table in that tenant", async () => {
    for (const table of tables) {
      expect(await count(old.db, table), table).toBe(countsBefore.get(table));
      if (table === "audit_chain_heads") continue;
      expect(await count(old.db, table, sql`where tenant_id is distinct from 1`), table).toBe(0);
    }
  });

  it("keeps the relations (joined through the tenant-wide keys) and the chains", async () => {
    const joined = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await old.db.execute(query))[0]!.n;
    expect(await joined(sql`select count(*)::int as n from action_items a join agencies g on (g.tenant_id, g.id) = (a.tenant_id, a.owner_agency_id)`)).toBe(
      countsBefore.get("action_items"),
    );
    expect(await joined(sql`select count(*)::int as n from users u join agencies g on (g.tenant_id, g.id) = (u.tenant_id, u.agency_id)`)).toBe(
      await count(old.db, "users", sql`where agency_id is not null`),
    );
    expect(await joined(sql`select count(*)::int as n from attendees t join meetings m on (m.tenant_id, m.id) = (t.tenant_id, t.meeting_id)`)).toBe(
      countsBefore.get("attendees"),
    );
    for (const report of await verifyAuditTrail(old.db)) expect(report.problem, report.chain).toBeUndefined();
  });

  it("lets the first tenant go on writing, and a second tenant reuse its codes", async () => {
    await old.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('kawal.tenants', '1', true)`);
      await tx.insert(schema.agencies).values({ code: "BARU", name: "Dinas Baru", shortName: "Baru", kind: "dinas", headTitle: "Kepala" });
    });
    const [second] = await old.db.insert(schema.tenants).values({ slug: "contoh", name: "Kabupaten Contoh" }).returning();
    await old.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('kawal.tenants', ${String(second!.id)}, true)`);
      await tx.insert(schema.agencies).values({ code: "BARU", name: "Dinas Baru", shortName: "Baru", kind: "dinas", headTitle: "Kepala" });
      await tx.insert(schema.settings).values({ key: "region", value: { name: "Kabupaten Contoh" } });
    });
    expect(await count(old.db, "agencies", sql`where code = 'BARU'`)).toBe(2);
  });
});
