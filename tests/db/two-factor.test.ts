import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { auditEvents, history, recoveryCodes, users, userTwoFactor } from "@/db/schema";
import { grantAppRole } from "@/lib/audit/roles";
import { codeForStep, normalizeRecoveryCode, timeStep } from "@/lib/auth/two-factor/rules";
import {
  cancelEnrolment,
  confirmEnrolment,
  consumeRecoveryCode,
  consumeSecondFactor,
  consumeTotp,
  disableTwoFactor,
  hasTwoFactor,
  pendingSecret,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startEnrolment,
  twoFactorStatus,
} from "@/lib/auth/two-factor/store";
import { findSessionUser } from "@/lib/users/queries";
import { createSession } from "@/lib/auth/sessions";
import { freshDatabase } from "../support/database";

process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-to-use-here";

let handle: DatabaseHandle;
let people = 0;
beforeAll(async () => {
  handle = await freshDatabase();
});
afterAll(() => handle.close());

async function someone(): Promise<number> {
  const [row] = await handle.db
    .insert(users)
    .values({ email: `two${++people}@sinjai.test`, name: "Rina", passwordHash: "x", role: "admin" })
    .returning();
  return row!.id;
}

/** An enrolled user, their secret, the recovery codes, and the time the enrolment was confirmed at. */
async function enrolled(at = Date.now()) {
  const userId = await someone();
  const secret = await startEnrolment(userId);
  const result = await confirmEnrolment(userId, codeForStep(secret, timeStep(at)), at);
  if (!result.ok) throw new Error(result.reason);
  return { userId, secret, codes: result.recoveryCodes, at };
}

describe("enrolment", () => {
  it("keeps the secret only encrypted, and confirms it with a code from the app", async () => {
    const userId = await someone();
    expect(await twoFactorStatus(userId)).toMatchObject({ enrolled: false, pending: false, recoveryCodesLeft: 0 });
    const secret = await startEnrolment(userId);
    expect(await pendingSecret(userId)).toBe(secret);
    const [row] = await handle.db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
    expect(row?.pendingSecret).toBeTruthy();
    expect(row?.pendingSecret).not.toContain(secret);
    expect(row?.secret).toBeNull();
    expect(await hasTwoFactor(userId)).toBe(false);

    const now = Date.now();
    expect(await confirmEnrolment(userId, codeForStep(secret, timeStep(now) + 3), now)).toEqual({ ok: false, reason: "wrongCode" });
    const result = await confirmEnrolment(userId, codeForStep(secret, timeStep(now)), now);
    expect(result.ok && result.recoveryCodes).toHaveLength(10);
    expect(await hasTwoFactor(userId)).toBe(true);
    expect(await pendingSecret(userId)).toBeNull();
    expect(await twoFactorStatus(userId)).toMatchObject({ enrolled: true, pending: false, recoveryCodesLeft: 10 });
    const [after] = await handle.db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
    expect(after?.secret).not.toContain(secret);
    expect(after?.lastUsedStep).toBe(timeStep(now));
    // Recovery codes are kept only as hashes.
    const stored = await handle.db.select({ codeHash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    const plain = result.ok ? result.recoveryCodes : [];
    for (const { codeHash } of stored) expect(plain.some((c) => codeHash.includes(normalizeRecoveryCode(c)!))).toBe(false);
  });

  it("is written to the history and the audit log", async () => {
    const { userId } = await enrolled();
    const rows = await handle.db
      .select()
      .from(history)
      .where(and(eq(history.entityType, "user"), eq(history.entityId, userId)));
    expect(rows.map((r) => r.operation)).toEqual(["two_factor_enrol"]);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.userId, userId));
    expect(events.map((e) => e.kind)).toEqual(["two_factor_enrolled"]);
  });

  it("cannot be confirmed once cancelled", async () => {
    const userId = await someone();
    const secret = await startEnrolment(userId);
    await cancelEnrolment(userId);
    expect(await confirmEnrolment(userId, codeForStep(secret, timeStep(Date.now())))).toEqual({ ok: false, reason: "noEnrolment" });
  });

  it("again, on a new phone, keeps the old authenticator working until the new one is confirmed", async () => {
    const { userId, secret: old, at } = await enrolled();
    const fresh = await startEnrolment(userId);
    expect(await consumeTotp(userId, codeForStep(old, timeStep(at) + 1), at + 30_000)).toBe(true);
    const later = at + 60_000;
    expect((await confirmEnrolment(userId, codeForStep(fresh, timeStep(later)), later)).ok).toBe(true);
    expect(await consumeTotp(userId, codeForStep(old, timeStep(later) + 1), later + 30_000)).toBe(false);
    expect(await consumeTotp(userId, codeForStep(fresh, timeStep(later) + 1), later + 30_000)).toBe(true);
  });

  it("shows in the session's user, read in the same query", async () => {
    const userId = await someone();
    const sessionId = await createSession({ userId, ipAddress: "", userAgent: "" });
    expect(await findSessionUser(sessionId)).toMatchObject({ id: userId, twoFactorEnrolled: false });
    const secret = await startEnrolment(userId);
    expect(await findSessionUser(sessionId)).toMatchObject({ twoFactorEnrolled: false });
    await confirmEnrolment(userId, codeForStep(secret, timeStep(Date.now())));
    expect(await findSessionUser(sessionId)).toMatchObject({ twoFactorEnrolled: true });
  });
});

describe("a code from the app", () => {
  it("works once: the same code is refused afterwards, within its window too", async () => {
    const { userId, secret, at } = await enrolled();
    const later = at + 30_000;
    const code = codeForStep(secret, timeStep(later));
    expect(await consumeTotp(userId, code, later)).toBe(true);
    expect(await consumeTotp(userId, code, later)).toBe(false);
    expect(await consumeTotp(userId, code, later + 20_000)).toBe(false);
  });

  it("is refused when it is the code that confirmed the enrolment", async () => {
    const { userId, secret, at } = await enrolled();
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(at)), at)).toBe(false);
  });

  it("allows one step of clock drift either way, not two", async () => {
    const { userId, secret, at } = await enrolled();
    const now = at + 10 * 30_000;
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(now) - 2), now)).toBe(false);
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(now) - 1), now)).toBe(true);
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(now) + 2), now)).toBe(false);
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(now) + 1), now)).toBe(true);
    // The step after has been used: the current code is now older than the last one used.
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(now)), now)).toBe(false);
  });

  it("passes once when two requests race with it", async () => {
    const { userId, secret, at } = await enrolled();
    const later = at + 30_000;
    const code = codeForStep(secret, timeStep(later));
    const answers = await Promise.all(Array.from({ length: 5 }, () => consumeTotp(userId, code, later)));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it("opens nothing for a user without an authenticator", async () => {
    const userId = await someone();
    const secret = await startEnrolment(userId);
    expect(await consumeTotp(userId, codeForStep(secret, timeStep(Date.now())))).toBe(false);
  });
});

describe("recovery codes", () => {
  it("each work once, in any letter case", async () => {
    const { userId, codes } = await enrolled();
    const [first, second] = codes as [string, string];
    expect(await consumeSecondFactor(userId, { kind: "recovery", code: normalizeRecoveryCode(first.toLowerCase())! })).toBe(true);
    expect(await consumeRecoveryCode(userId, normalizeRecoveryCode(first)!)).toBe(false);
    expect(await consumeRecoveryCode(userId, normalizeRecoveryCode(second)!)).toBe(true);
    expect((await twoFactorStatus(userId)).recoveryCodesLeft).toBe(8);
  });

  it("of one user do not open another's account", async () => {
    const a = await enrolled();
    const b = await enrolled();
    expect(await consumeRecoveryCode(b.userId, normalizeRecoveryCode(a.codes[0]!)!)).toBe(false);
  });

  it("stop working when new ones are made", async () => {
    const { userId, codes } = await enrolled();
    const fresh = await regenerateRecoveryCodes(userId);
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(codes[0]);
    expect(await consumeRecoveryCode(userId, normalizeRecoveryCode(codes[0]!)!)).toBe(false);
    expect(await consumeRecoveryCode(userId, normalizeRecoveryCode(fresh[0]!)!)).toBe(true);
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.userId, userId)).orderBy(desc(auditEvents.id)).limit(1);
    expect(event?.kind).toBe("recovery_codes_regenerated");
  });
});

describe("turning two-factor login off", () => {
  it("deletes the secret and the recovery codes, and is on record", async () => {
    const { userId, codes } = await enrolled();
    await disableTwoFactor(userId, { by: "password" });
    expect(await hasTwoFactor(userId)).toBe(false);
    expect(await consumeRecoveryCode(userId, normalizeRecoveryCode(codes[0]!)!)).toBe(false);
    expect(await handle.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId))).toHaveLength(0);
    const ops = await handle.db
      .select({ operation: history.operation })
      .from(history)
      .where(and(eq(history.entityId, userId), inArray(history.operation, ["two_factor_enrol", "two_factor_disable"])));
    expect(ops.map((o) => o.operation)).toEqual(["two_factor_enrol", "two_factor_disable"]);
    const events = await handle.db
      .select({ kind: auditEvents.kind, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.userId, userId))
      .orderBy(auditEvents.id);
    expect(events).toEqual([
      { kind: "two_factor_enrolled", detail: null },
      { kind: "two_factor_disabled", detail: "password" },
    ]);
  });
});

describe("an admin's reset of a user's second factor", () => {
  it("removes it, ends the user's sessions, and is on record; a user without one is left as is", async () => {
    const { userId, codes } = await enrolled();
    const adminId = await someone();
    const sessionId = await createSession({ userId, ipAddress: "", userAgent: "" });
    expect(await resetTwoFactor({ actorId: adminId, userId })).toBe(true);
    expect(await hasTwoFactor(userId)).toBe(false);
    expect(await consumeRecoveryCode(userId, normalizeRecoveryCode(codes[0]!)!)).toBe(false);
    expect(await findSessionUser(sessionId)).toBeNull();
    const [row] = await handle.db
      .select()
      .from(history)
      .where(and(eq(history.entityId, userId), eq(history.operation, "two_factor_reset")));
    expect(row?.actorId).toBe(adminId);
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.userId, userId)).orderBy(desc(auditEvents.id)).limit(1);
    expect(event).toMatchObject({ kind: "two_factor_disabled", detail: "by_admin" });
    expect(await resetTwoFactor({ actorId: adminId, userId })).toBe(false);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("the app's role on PostgreSQL", () => {
  it("may enrol, check codes and turn two-factor login off, owning none of its tables", async () => {
    const role = `kawal_app_${randomBytes(4).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create role ${role} login password '${password}'`);
    await grantAppRole(handle.owner, role);
    const [{ name }] = (await handle.db.execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    Object.assign(url, { username: role, password, pathname: `/${name}` });
    const app = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      const userId = await someone();
      // As db/client.ts sends them: as kawal_app, in the first regency.
      await app.begin(async (tx) => {
        await tx`select set_config('role', 'kawal_app', true), set_config('kawal.tenants', '1', true)`;
        await tx`insert into user_two_factor (user_id, pending_secret, pending_since) values (${userId}, 'v1.x', now())`;
        await tx`update user_two_factor set secret = pending_secret, enrolled_at = now(), pending_secret = null, pending_since = null, last_used_step = 1 where user_id = ${userId}`;
        await tx`insert into recovery_codes (user_id, code_hash) values (${userId}, 'h1'), (${userId}, 'h2')`;
        await tx`update recovery_codes set used_at = now() where user_id = ${userId} and code_hash = 'h1'`;
        await tx`delete from recovery_codes where user_id = ${userId}`;
        await tx`delete from user_two_factor where user_id = ${userId}`;
      });
      await expect(app.unsafe("alter table user_two_factor drop column secret")).rejects.toThrow(/must be owner/);
      await expect(app.unsafe("truncate recovery_codes")).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
      await handle.owner.execute(sql.raw(`drop owned by ${role}`));
      await admin.unsafe(`drop role if exists ${role}`);
      await admin.end();
    }
  });
});
