import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { attemptLogin, clientAddress, delayAfter, LOGIN_LIMITS } from "@/lib/auth/login-limits";
import { createSession } from "@/lib/auth/sessions";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
let ownerId: number;
beforeAll(async () => {
  handle = await freshDatabase();
  const [row] = await handle.db.insert(users).values({ email: "owner@sinjai.test", name: "Owner", passwordHash: "x", role: "viewer" }).returning();
  ownerId = row!.id;
});
afterAll(() => handle.close());
afterEach(() => vi.useRealTimers());

const right = async () => "signed in";
const wrong = async () => null;
let accounts = 0;
/** A fresh account name per test: the counters live in the database for an hour. */
const someone = () => `user${++accounts}@sinjai.test`;

async function fail(email: string, address: string, times: number) {
  for (let i = 0; i < times; i++) {
    // Past the wait the previous failure added, so that this one is tried at all.
    vi.setSystemTime(Date.now() + delayAfter(i) * 1000 + 1);
    const attempt = await attemptLogin(email, address, wrong);
    expect(attempt.outcome, `failure ${i + 1} of ${email} from ${address}`).toBe("wrong");
  }
}

describe("the waits of one account from one address", () => {
  it("are not reset by a right password that still owes its second factor", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = someone();
    const halfway = { halfway: () => true };
    // Guessing the code between right passwords: each wrong code is a failure in a row.
    for (let i = 0; i < 2; i++) {
      expect((await attemptLogin(email, "192.0.2.9", right, halfway)).outcome).toBe("signedIn");
      expect((await attemptLogin(email, "192.0.2.9", wrong)).outcome).toBe("wrong");
    }
    expect((await attemptLogin(email, "192.0.2.9", right, halfway)).outcome).toBe("signedIn");
    expect((await attemptLogin(email, "192.0.2.9", wrong)).outcome).toBe("wrong");
    // The third wrong code in a row: the pair waits, even for the right password.
    expect((await attemptLogin(email, "192.0.2.9", right, halfway)).outcome).toBe("limited");
    // The full login (password and code) clears the failures.
    vi.setSystemTime(Date.now() + 5001);
    expect((await attemptLogin(email, "192.0.2.9", right)).outcome).toBe("signedIn");
    expect((await attemptLogin(email, "192.0.2.9", wrong)).outcome).toBe("wrong");
    expect((await attemptLogin(email, "192.0.2.9", right, halfway)).outcome).toBe("signedIn");
  });

  it("grow with each failure in a row, from the third on, up to 15 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 10, 11, 50].map(delayAfter)).toEqual([0, 0, 5, 10, 20, 40, 640, 900, 900]);
  });

  it("make the next try wait, are told in the answer, and end after their time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = someone();
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("wrong");
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("wrong");
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("wrong");
    // The third failure in a row: five seconds, even for the right password.
    const waiting = await attemptLogin(email, "192.0.2.1", right);
    expect(waiting).toMatchObject({ outcome: "limited" });
    expect(waiting.outcome === "limited" && waiting.retryAfterMs).toBeGreaterThan(4000);
    expect(waiting.outcome === "limited" && waiting.retryAfterMs).toBeLessThanOrEqual(5000);
    vi.setSystemTime(Date.now() + 5001);
    expect(await attemptLogin(email, "192.0.2.1", right)).toEqual({ outcome: "signedIn", value: "signed in" });
    // A success starts the count again: two free failures before any wait.
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("wrong");
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("wrong");
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("wrong");
    expect((await attemptLogin(email, "192.0.2.1", wrong)).outcome).toBe("limited");
  });

  it("do not slow the owner at another address: a stranger's guesses lock nobody out", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = someone();
    // Twelve failures in a row take more than an hour of waits: the count outlives the hour.
    await fail(email, "192.0.2.66", 12);
    const waiting = await attemptLogin(email, "192.0.2.66", right);
    expect(waiting).toEqual({ outcome: "limited", retryAfterMs: expect.any(Number) });
    expect(waiting.outcome === "limited" && waiting.retryAfterMs).toBeGreaterThan(14 * 60_000);
    expect(await attemptLogin(email, "198.51.100.7", right)).toEqual({ outcome: "signedIn", value: "signed in" });
  });
});

describe("one address", () => {
  it(`may fail at most ${LOGIN_LIMITS.perAddressPerHour} times an hour, whatever the accounts`, async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const address = "192.0.2.50";
    for (let i = 0; i < LOGIN_LIMITS.perAddressPerHour; i++) {
      expect((await attemptLogin(someone(), address, wrong)).outcome).toBe("wrong");
    }
    const refused = await attemptLogin(someone(), address, right);
    expect(refused.outcome).toBe("limited");
    expect(refused.outcome === "limited" && refused.retryAfterMs).toBeGreaterThan(50 * 60_000);
    // Other addresses are not concerned.
    expect((await attemptLogin(someone(), "192.0.2.51", right)).outcome).toBe("signedIn");
    vi.setSystemTime(Date.now() + 60 * 60_000 + 1);
    expect((await attemptLogin(someone(), address, right)).outcome).toBe("signedIn");
  });
});

describe("one account", () => {
  it(`fails at most ${LOGIN_LIMITS.perAccountPerHour} times an hour, however many addresses guess`, async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = someone();
    let checked = 0;
    const counting = async () => {
      checked++;
      return null;
    };
    // A hundred and twenty addresses, one guess each, half of them at once.
    for (let i = 0; i < 60; i++) expect((await attemptLogin(email, `10.1.0.${i}`, counting)).outcome).toBe("wrong");
    const outcomes = await Promise.all(Array.from({ length: 60 }, (_, i) => attemptLogin(email, `10.2.0.${i}`, counting)));
    expect(checked).toBe(LOGIN_LIMITS.perAccountPerHour);
    expect(outcomes.filter((o) => o.outcome === "limited")).toHaveLength(20);
    // A new address is refused too, even with the right password, until the hour is over.
    expect((await attemptLogin(email, "10.3.0.1", right)).outcome).toBe("limited");
    expect(checked).toBe(LOGIN_LIMITS.perAccountPerHour);
    vi.setSystemTime(Date.now() + 60 * 60_000 + 1);
    expect((await attemptLogin(email, "10.3.0.1", right)).outcome).toBe("signedIn");
  });

  it("still lets the owner in from an address they signed in from before, and only there", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await createSession({ userId: ownerId, ipAddress: "203.0.113.20", userAgent: "" });
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerHour; i++) await attemptLogin("owner@sinjai.test", `10.9.${Math.floor(i / 200)}.${i % 200}`, wrong);
    expect((await attemptLogin("OWNER@sinjai.test", "10.9.9.9", right)).outcome).toBe("limited");
    expect(await attemptLogin("owner@sinjai.test", "203.0.113.20", right)).toEqual({ outcome: "signedIn", value: "signed in" });
  });

  it("counts only failures: the owner's successes do not use up the hour", async () => {
    const email = someone();
    for (let i = 0; i < LOGIN_LIMITS.perAccountPerHour + 5; i++) expect((await attemptLogin(email, "192.0.2.80", right)).outcome).toBe("signedIn");
  });
});

describe("the client's address", () => {
  it("is the right-most X-Forwarded-For entry, the one the last proxy wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("::ffff:127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
