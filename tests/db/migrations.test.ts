import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { history, users } from "@/db/schema";
import { recordHistory } from "@/lib/history";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await freshDatabase();
});
afterAll(() => handle.close());

describe("migrations on an empty database", () => {
  it("create every table of the model", async () => {
    // As the owner: the app's role is not shown the chains' heads, which it may not touch.
    const result: unknown = await handle.owner.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    // PGlite answers { rows }, postgres.js an array.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ table_name: string }>;
    const names = rows.map((r) => r.table_name);
    expect(names).toEqual(
      expect.arrayContaining([
        "tenants",
        "agencies",
        "users",
        "meetings",
        "meeting_series",
        "agenda_items",
        "attendees",
        "statements",
        "commitments",
        "minutes_confirmations",
        "meeting_amendments",
        "action_items",
        "action_supporters",
        "action_steps",
        "progress_updates",
        "evidence_files",
        "action_comments",
        "sectors",
        "periods",
        "coverage_targets",
        "coverage_figures",
        "sector_targets",
        "realisations",
        "import_batches",
        "action_targets",
        "settings",
        "history",
        "notifications",
        "sessions",
        "login_limits",
        "audit_events",
        "audit_chain_heads",
        "user_two_factor",
        "recovery_codes",
      ]),
    );
  });

  it("apply twice without error (already applied migrations are skipped)", async () => {
    await expect(handle.migrate()).resolves.toBeUndefined();
  });

  it("refuse an agency head without an agency", async () => {
    await expect(handle.db.insert(users).values({ email: "x@example.test", name: "X", passwordHash: "x", role: "agency_head" })).rejects.toThrow();
  });

  it("keep the history append-only", async () => {
    await recordHistory(handle.db, { actorId: null, entityType: "meeting", entityId: 1, operation: "create" });
    // Unscoped on purpose: the table must refuse even a write to every row.
    // eslint-disable-next-line drizzle/enforce-update-with-where -- see above
    await expect(handle.db.update(history).set({ operation: "changed" })).rejects.toThrow();
    // eslint-disable-next-line drizzle/enforce-delete-with-where -- see above
    await expect(handle.db.delete(history)).rejects.toThrow();
    const rows = await handle.db.select().from(history);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.operation).toBe("create");
  });
});
