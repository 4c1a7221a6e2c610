import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { asc } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { recordHistory } from "@/lib/history";
import { verifyChain } from "@/lib/audit/verify";
import { migrationsBefore, migrationsFolder } from "../support/migrations";

const client = new PGlite();
const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
let before: string;

beforeAll(async () => {
  before = migrationsBefore("0005_audit_chain");
  await migrate(db as never, { migrationsFolder: before });
  // Out of id order in time, and with a jsonb whose keys PostgreSQL reorders: the chain follows ids.
  await client.exec(`
    insert into history (entity_type, entity_id, operation, changes, created_at) values
      ('meeting', 1, 'create', '{"title": "Rakor", "at": "2025-06-11"}', '2025-06-11 10:00+08'),
      ('meeting', 1, 'update', '{"b": {"to": 2, "from": 1}}', '2025-06-10 09:00+08'),
      ('action_item', 4, 'status', '{}', '2025-06-12 08:30:00.123456+08')`);
  await migrate(db as never, { migrationsFolder });
  // The rows written below belong to the first tenant (this client is the owner, outside the app's wrapper).
  await client.query("select set_config('kawal.tenants', '1', false)");
});
afterAll(async () => {
  await client.close();
  rmSync(before, { recursive: true, force: true });
});

describe("history written before the chain", () => {
  it("is chained by the migration in id order, and new rows follow it", async () => {
    const rows = await db.select({ id: schema.history.id, seq: schema.history.seq }).from(schema.history).orderBy(asc(schema.history.id));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    await recordHistory(db, { actorId: null, entityType: "meeting", entityId: 1, operation: "finalize" });
    const report = await verifyChain(db, "history");
    expect(report.problem).toBeUndefined();
    expect(report.rows).toBe(4);
  });
});
