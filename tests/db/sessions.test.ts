import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { createSession, endSession, endUserSessions, openSessions, signedInFrom } from "@/lib/auth/sessions";
import { findSessionUser } from "@/lib/users/queries";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
let userId: number;

beforeAll(async () => {
  handle = await freshDatabase();
  const [row] = await handle.db.insert(users).values({ email: "Rina@sinjai.test", name: "Rina", passwordHash: "x", role: "secretariat" }).returning();
  userId = row!.id;
});
afterAll(() => handle.close());

const open = (ipAddress = "198.51.100.1") => createSession({ userId, ipAddress, userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/140.0" });

describe("a session", () => {
  it("opens the user it was made for, read in one query with the session", async () => {
    const id = await open();
    expect(id).toMatch(/^[\w-]{43}$/);
    expect(await findSessionUser(id)).toMatchObject({ id: userId, email: "Rina@sinjai.test", role: "secretariat", active: true });
    expect(await findSessionUser("not-a-session")).toBeNull();
    await endSession(id, "logout");
  });

  it("opens nothing once ended by its logout, and ending twice changes nothing", async () => {
    const id = await open();
    await endSession(id, "logout");
    expect(await findSessionUser(id)).toBeNull();
    const [first] = await handle.db.select().from(sessions).where(eq(sessions.id, id));
    await endSession(id, "logout_everywhere");
    const [second] = await handle.db.select().from(sessions).where(eq(sessions.id, id));
    expect(second).toEqual(first);
    expect(second?.endReason).toBe("logout");
  });

  it("opens nothing once expired", async () => {
    const id = await open();
    await handle.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '13 hours'`, expiresAt: sql`now() - interval '1 hour'` })
      .where(eq(sessions.id, id));
    expect(await findSessionUser(id)).toBeNull();
    expect((await openSessions(userId)).map((s) => s.id)).not.toContain(id);
  });

  it("opens nothing while its user is deactivated", async () => {
    const id = await open();
    await handle.db.update(users).set({ active: false }).where(eq(users.id, userId));
    expect(await findSessionUser(id)).toBeNull();
    await handle.db.update(users).set({ active: true }).where(eq(users.id, userId));
    await endSession(id, "logout");
  });
});

describe("ending every session of a user", () => {
  it("ends them all at once, or all but the one that asked", async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    expect(await endUserSessions(handle.db, { userId, reason: "password_changed", keep: c })).toBe(2);
    expect(await findSessionUser(a)).toBeNull();
    expect(await findSessionUser(b)).toBeNull();
    expect(await findSessionUser(c)).not.toBeNull();
    expect((await openSessions(userId)).map((s) => s.id)).toEqual([c]);

    expect(await endUserSessions(handle.db, { userId, reason: "deactivated" })).toBe(1);
    expect(await findSessionUser(c)).toBeNull();
    expect(await openSessions(userId)).toEqual([]);
  });

  it("ends them inside the caller's transaction: a rolled-back change ends nothing", async () => {
    const id = await open();
    await expect(
      handle.db.transaction(async (tx) => {
        await endUserSessions(tx, { userId, reason: "role_changed" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await findSessionUser(id)).not.toBeNull();
    await endSession(id, "logout");
  });
});

describe("the sessions table", () => {
  it("refuses an ended session without a reason, and a reason on an open one", async () => {
    const id = await open();
    await expect(
      handle.db
        .update(sessions)
        .set({ endedAt: sql`now()` })
        .where(eq(sessions.id, id)),
    ).rejects.toThrow();
    await expect(handle.db.update(sessions).set({ endReason: "logout" }).where(eq(sessions.id, id))).rejects.toThrow();
    await endSession(id, "logout");
  });

  it("remembers the addresses an account signed in from, whatever the letter case of the e-mail", async () => {
    await open("203.0.113.9");
    expect(await signedInFrom("rina@sinjai.test", "203.0.113.9")).toBe(true);
    expect(await signedInFrom("rina@sinjai.test", "203.0.113.10")).toBe(false);
    expect(await signedInFrom("someone@sinjai.test", "203.0.113.9")).toBe(false);
  });
});
