import { hash } from "argon2";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { parseEnv } from "@/lib/env";
import { assertNoOpenDemoLogins, openDemoLogins } from "@/lib/startup";
import { freshDatabase } from "../support/database";

const production = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) });

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
});
afterAll(() => handle.close());

describe("a production server and the demo logins", () => {
  it("refuses to serve while a demo login still opens with the published password", async () => {
    await expect(assertNoOpenDemoLogins(handle.db, production)).rejects.toThrow(/admin@sinjai\.demo.*KAWAL_DEMO=1/s);
  });

  it("serves the demo when told to, and outside production", async () => {
    await expect(assertNoOpenDemoLogins(handle.db, { ...production, KAWAL_DEMO: true })).resolves.toBeUndefined();
    await expect(assertNoOpenDemoLogins(handle.db, { ...production, NODE_ENV: "development" })).resolves.toBeUndefined();
  });

  it("serves once every demo login is deactivated or has a password of its own", async () => {
    const open = await openDemoLogins(handle.db);
    // Both regencies' logins (9 in Sinjai, 5 in Kabupaten Contoh) and the region's 3, checked across every tenant.
    expect(open).toHaveLength(17);
    expect(open).toContain("admin@contoh.demo");
    expect(open).toContain("platform@kawal.demo");
    const [first, ...rest] = open;
    // As the owner: the accounts of both regencies.
    await handle.owner
      .update(users)
      .set({ passwordHash: await hash("a-password-of-their-own") })
      .where(eq(users.email, first!));
    for (const email of rest) await handle.owner.update(users).set({ active: false }).where(eq(users.email, email));
    expect(await openDemoLogins(handle.db)).toEqual([]);
    await expect(assertNoOpenDemoLogins(handle.db, production)).resolves.toBeUndefined();
  });
});
