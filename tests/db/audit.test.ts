import { randomBytes } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Executor } from "@/db/client";
import { auditEvents, history, users } from "@/db/schema";
import { auditWritesSettled, recordAuditEvent } from "@/lib/audit/events";
import { grantAppRole } from "@/lib/audit/roles";
import { verifyAuditTrail, verifyChain, type ChainReport } from "@/lib/audit/verify";
import { authorize, ForbiddenError } from "@/lib/authz";
import { recordHistory } from "@/lib/history";
import { actorOf } from "../support/actors";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  // A few rows of our own after the demo's, so that "the middle" and "the end" are ours to pick.
  for (let i = 1; i <= 5; i++) {
    await recordHistory(handle.db, {
      actorId: null,
      entityType: "setting",
      entityId: i,
      operation: "update",
      changes: { "z-last": i, "a-first": { note: "ünïcode ✓", n: 1.5 } },
      reason: `line\nbreak ${i}`,
    });
  }
});
afterAll(() => handle.close());

class Rollback extends Error {}

/** The database's own message: drizzle wraps it as the cause of "Failed query". */
async function refusal(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  return "accepted";
}

/** Tampers inside a transaction (as the owner, who may disable triggers), verifies, then undoes it all. */
async function tampered(tamper: (tx: Executor) => Promise<unknown>, chain: "history" | "audit_events" = "history"): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await handle.owner
    .transaction(async (tx) => {
      await tx.execute(sql`select set_config('kawal.tenants', '1', true)`);
      await tamper(tx);
      report = await verifyChain(tx, chain);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return report!;
}

async function historyIds(): Promise<number[]> {
  return (await handle.owner.select({ id: history.id }).from(history).orderBy(history.seq)).map((r) => r.id);
}

describe("the history chain", () => {
  it("is intact after the demo and ordinary writes, with positions 1..N", async () => {
    const [report] = await verifyAuditTrail(handle.owner);
    const rows = await handle.owner.select({ seq: history.seq, hash: history.hash }).from(history).orderBy(history.seq);
    expect(report).toMatchObject({ chain: "history", rows: rows.length });
    expect(report!.problem).toBeUndefined();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
  });

  it("detects a row altered with the append-only trigger disabled", async () => {
    const ids = await historyIds();
    const target = ids[ids.length - 3]!;
    const report = await tampered(async (tx) => {
      await tx.execute(sql`alter table history disable trigger history_append_only`);
      await tx.update(history).set({ reason: "quietly changed" }).where(eq(history.id, target));
    });
    expect(report.problem).toMatchObject({ kind: "altered", id: target });
  });

  it("detects a row deleted from the middle", async () => {
    const ids = await historyIds();
    const target = ids[Math.floor(ids.length / 2)]!;
    const report = await tampered(async (tx) => {
      await tx.execute(sql`alter table history disable trigger history_append_only`);
      await tx.delete(history).where(eq(history.id, target));
    });
    expect(report.problem?.kind).toBe("removed");
    expect(report.problem?.message).toContain(`before row id ${ids[Math.floor(ids.length / 2) + 1]}`);
  });

  it("detects the last row deleted", async () => {
    const ids = await historyIds();
    const report = await tampered(async (tx) => {
      await tx.execute(sql`alter table history disable trigger history_append_only`);
      await tx.delete(history).where(eq(history.id, ids[ids.length - 1]!));
    });
    expect(report.problem).toMatchObject({ kind: "removed", position: ids.length });
  });

  it("detects a forged row with a wrong hash, and one written with the chain trigger disabled", async () => {
    const ids = await historyIds();
    const wrongHash = await tampered(async (tx) => {
      await tx.execute(sql`alter table history disable trigger history_chain`);
      await tx.execute(
        sql`insert into history (seq, hash, entity_type, entity_id, operation) values (${ids.length + 1}, ${"ab".repeat(32)}, 'user', 1, 'role')`,
      );
    });
    expect(wrongHash.problem).toMatchObject({ kind: "altered", position: ids.length + 1 });
    const unchained = await tampered(async (tx) => {
      await tx.execute(sql`alter table history disable trigger history_chain`);
      await tx.insert(history).values({ entityType: "user", entityId: 1, operation: "role" });
    });
    expect(unchained.problem).toMatchObject({ kind: "forged", position: 1 });
  });

  it("refuses TRUNCATE, and detects a truncation with the trigger disabled", async () => {
    expect(await refusal(handle.owner.execute(sql`truncate history`))).toMatch(/append-only/);
    const count = (await historyIds()).length;
    const report = await tampered(async (tx) => {
      await tx.execute(sql`alter table history disable trigger history_no_truncate`);
      await tx.execute(sql`truncate history`);
    });
    expect(report.problem).toMatchObject({ kind: "removed", position: 1 });
    expect(report.problem?.message).toContain(`all ${count} rows are missing`);
  });

  it("sets the chain in the database, whatever the insert says", async () => {
    await handle.db.execute(sql`insert into history (seq, hash, entity_type, entity_id, operation) values (1, 'forged', 'user', 1, 'role')`);
    const [last] = await handle.db.select().from(history).orderBy(desc(history.seq)).limit(1);
    expect(last?.hash).not.toBe("forged");
    expect(last?.seq).toBe((await historyIds()).length);
    expect((await verifyChain(handle.owner, "history")).problem).toBeUndefined();
  });
});

describe("the audit log", () => {
  it("is chained and append-only like the history", async () => {
    await recordAuditEvent({ kind: "login_failed", email: "Nobody@Example.test", ipAddress: "203.0.113.9", detail: "wrong" });
    await recordAuditEvent({ kind: "login", userId: 1, email: "admin@kawal.test", ipAddress: "203.0.113.9" });
    // Unscoped on purpose: the table must refuse even a write to every row.
    expect(await refusal(handle.owner.update(auditEvents).set({ detail: "x" }))).toMatch(/append-only/);
    expect(await refusal(handle.owner.delete(auditEvents))).toMatch(/append-only/);
    expect(await refusal(handle.owner.execute(sql`truncate audit_events`))).toMatch(/append-only/);
    expect((await verifyChain(handle.owner, "audit_events")).problem).toBeUndefined();
    const report = await tampered(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await tx.update(auditEvents).set({ email: "someone-else@example.test" }).where(eq(auditEvents.kind, "login"));
    }, "audit_events");
    expect(report.problem?.kind).toBe("altered");
  });

  it("records a refusal of authorize, with the operation and the actor", async () => {
    const [viewer] = await handle.db.select().from(users).where(eq(users.role, "viewer")).limit(1);
    expect(() => authorize(actorOf(viewer!), "audit.read")).toThrow(ForbiddenError);
    await auditWritesSettled();
    const [event] = await handle.db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
    expect(event).toMatchObject({ kind: "refused", userId: viewer!.id, detail: "audit.read" });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("the app's role on PostgreSQL", () => {
  const role = `kawal_app_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  let app: ReturnType<typeof postgres> | undefined;
  const admin = postgres(process.env.TEST_DATABASE_URL ?? "postgres://unused", { max: 1, onnotice: () => {} });

  beforeAll(async () => {
    await admin.unsafe(`create role ${role} login password '${password}'`);
    await grantAppRole(handle.owner, role);
    const [{ name }] = (await handle.db.execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = role;
    url.password = password;
    url.pathname = `/${name}`;
    app = postgres(url.toString(), { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await app?.end();
    // Its grants live in the test database; without them the cluster-wide role can go.
    await handle.owner.execute(sql.raw(`drop owned by ${role}`));
    await admin.unsafe(`drop role if exists ${role}`);
    await admin.end();
  });

  it("writes and reads the tables, and its history rows join the chain", async () => {
    // As db/client.ts does it: the tenants of the transaction, the role that owns nothing.
    const [inserted, seen, unscoped] = await app!
      .begin((tx) => [
        tx`select set_config('role', 'kawal_app', true), set_config('kawal.tenants', '1', true)`,
        tx`insert into history (entity_type, entity_id, operation) values ('user', 1, 'role') returning tenant_id`,
        tx`select count(*)::int as n from users`,
      ])
      .then(async ([, a, b]) => [a, b, await app!`select count(*)::int as n from users`]);
    expect(inserted?.[0]?.tenant_id).toBe(1);
    expect(seen?.[0]?.n).toBeGreaterThan(0);
    // Without them the login role itself sees no tenant's rows: the policies apply to every role.
    expect(unscoped?.[0]?.n).toBe(0);
    expect((await verifyChain(handle.owner, "history")).problem).toBeUndefined();
  });

  it.each([
    ["truncate history", /permission denied/],
    ["delete from history", /permission denied/],
    ["update history set reason = 'x'", /permission denied/],
    ["truncate audit_events", /permission denied/],
    ["delete from audit_events", /permission denied/],
    ["update audit_chain_heads set rows = 0", /permission denied/],
    ["alter table history disable trigger history_append_only", /must be owner/],
    ["alter table history disable trigger history_chain", /must be owner/],
    ["drop trigger history_chain on history", /must be owner/],
  ])("may not: %s", async (statement, refusal) => {
    await expect(app!.unsafe(statement)).rejects.toThrow(refusal);
  });
});
