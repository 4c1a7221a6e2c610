import "server-only";
import { and, count, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { recoveryCodes, users, userTwoFactor } from "@/db/schema";
import type { AuditEventKind } from "@/lib/audit/kinds";
import { recordAuditEvent } from "@/lib/audit/events";
import { recordHistory } from "@/lib/history";
import { endUserSessions } from "../sessions";
import { acceptedStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, type SecondFactor } from "./rules";
import { decryptTotpSecret, encryptTotpSecret } from "./secrets";

/**
 * The database side of two-factor login: enrolment, code checks that hold under concurrent
 * requests (a code or recovery code is consumed by one conditional UPDATE, so two requests with
 * the same code cannot both pass), and the history and audit rows of every change.
 */

export interface TwoFactorStatus {
  enrolled: boolean;
  enrolledAt: Date | null;
  /** An enrolment was started and waits for its first code. */
  pending: boolean;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(userId: number): Promise<TwoFactorStatus> {
  const db = getDb();
  const [[row], [left]] = await Promise.all([
    db
      .select({ enrolledAt: userTwoFactor.enrolledAt, pending: sql<boolean>`${userTwoFactor.pendingSecret} is not null` })
      .from(userTwoFactor)
      .where(eq(userTwoFactor.userId, userId)),
    db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))),
  ]);
  return { enrolled: Boolean(row?.enrolledAt), enrolledAt: row?.enrolledAt ?? null, pending: Boolean(row?.pending), recoveryCodesLeft: left?.n ?? 0 };
}

/** True when the user must give a code after their password. */
export async function hasTwoFactor(userId: number): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: userTwoFactor.userId })
    .from(userTwoFactor)
    .where(and(eq(userTwoFactor.userId, userId), sql`${userTwoFactor.enrolledAt} is not null`))
    .limit(1);
  return Boolean(row);
}

/** Starts (or restarts) an enrolment: a new secret waits for its first code; an enrolled authenticator keeps working meanwhile. */
export async function startEnrolment(userId: number): Promise<string> {
  const secret = newTotpSecret();
  const pendingSecret = encryptTotpSecret(secret, userId);
  await getDb()
    .insert(userTwoFactor)
    .values({ userId, pendingSecret, pendingSince: sql`now()` })
    .onConflictDoUpdate({ target: userTwoFactor.userId, set: { pendingSecret, pendingSince: sql`now()`, updatedAt: sql`now()` } });
  return secret;
}

/** The secret of the enrolment under way, to draw its QR code again; null when none is. */
export async function pendingSecret(userId: number): Promise<string | null> {
  const [row] = await getDb().select({ pendingSecret: userTwoFactor.pendingSecret }).from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
  return row?.pendingSecret ? decryptTotpSecret(row.pendingSecret, userId) : null;
}

export async function cancelEnrolment(userId: number): Promise<void> {
  await getDb()
    .update(userTwoFactor)
    .set({ pendingSecret: null, pendingSince: null, updatedAt: sql`now()` })
    .where(eq(userTwoFactor.userId, userId));
}

/** An audit event about the user's own account, with their e-mail, so the log's e-mail filter finds it. */
async function recordOwnEvent(tx: Executor, userId: number, kind: AuditEventKind, detail: string | null = null): Promise<void> {
  const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  await recordAuditEvent({ kind, userId, email: user?.email ?? null, detail }, tx);
}

async function replaceRecoveryCodes(tx: Executor, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code) ?? code) })));
  return codes;
}

export type EnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: "noEnrolment" | "wrongCode" };

/**
 * Confirms the enrolment under way with a code from the new authenticator: the secret becomes the
 * account's, the code's step counts as used, and ten new recovery codes replace any old ones.
 * The codes are returned once, to be shown once; only their hashes are kept.
 */
export async function confirmEnrolment(userId: number, code: string, atMs = Date.now()): Promise<EnrolmentResult> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)).for("update");
    const secret = row?.pendingSecret ? decryptTotpSecret(row.pendingSecret, userId) : null;
    if (!row?.pendingSecret || !secret) return { ok: false, reason: "noEnrolment" } as const;
    const step = acceptedStep(secret, code, atMs, null);
    if (step === null) return { ok: false, reason: "wrongCode" } as const;
    const reenrolled = row.enrolledAt !== null;
    await tx
      .update(userTwoFactor)
      .set({ secret: row.pendingSecret, enrolledAt: sql`now()`, lastUsedStep: step, pendingSecret: null, pendingSince: null, updatedAt: sql`now()` })
      .where(eq(userTwoFactor.userId, userId));
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordHistory(tx, { actorId: userId, entityType: "user", entityId: userId, operation: "two_factor_enrol", changes: { reenrolled } });
    await recordOwnEvent(tx, userId, "two_factor_enrolled", reenrolled ? "reenrolled" : null);
    return { ok: true, recoveryCodes: codes } as const;
  });
}

/**
 * Checks a code from the enrolled authenticator and consumes its time step: the same code (or any
 * code of an earlier step) is refused afterwards, also when two requests race with it.
 */
export async function consumeTotp(userId: number, code: string, atMs = Date.now()): Promise<boolean> {
  const db = getDb();
  const [row] = await db
    .select({ secret: userTwoFactor.secret, lastUsedStep: userTwoFactor.lastUsedStep })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, userId));
  const secret = row?.secret ? decryptTotpSecret(row.secret, userId) : null;
  if (!row || !secret) return false;
  const step = acceptedStep(secret, code, atMs, row.lastUsedStep);
  if (step === null) return false;
  const used = await db
    .update(userTwoFactor)
    .set({ lastUsedStep: step, updatedAt: sql`now()` })
    .where(and(eq(userTwoFactor.userId, userId), or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step))))
    .returning({ userId: userTwoFactor.userId });
  return used.length === 1;
}

/** Consumes one unused recovery code of an enrolled user; true only for the first use. */
export async function consumeRecoveryCode(userId: number, normalized: string): Promise<boolean> {
  if (!(await hasTwoFactor(userId))) return false;
  const used = await getDb()
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(normalized)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

/** A code or recovery code given at login or to confirm a change. */
export function consumeSecondFactor(userId: number, factor: SecondFactor, atMs = Date.now()): Promise<boolean> {
  return factor.kind === "totp" ? consumeTotp(userId, factor.code, atMs) : consumeRecoveryCode(userId, factor.code);
}

/** Ten new recovery codes; the old ones stop working. The caller has checked a current code. */
export async function regenerateRecoveryCodes(userId: number): Promise<string[]> {
  return getDb().transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordHistory(tx, { actorId: userId, entityType: "user", entityId: userId, operation: "two_factor_recovery_codes" });
    await recordOwnEvent(tx, userId, "recovery_codes_regenerated");
    return codes;
  });
}

/** Turns two-factor login off: the secret and the recovery codes are deleted. The caller has checked the password or a code. */
export async function disableTwoFactor(userId: number, { by }: { by: "password" | "code" }): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId));
    await recordHistory(tx, { actorId: userId, entityType: "user", entityId: userId, operation: "two_factor_disable", changes: { confirmedBy: by } });
    await recordOwnEvent(tx, userId, "two_factor_disabled", by);
  });
}

/**
 * An admin turns off another user's second factor (a lost phone and lost recovery codes): the
 * secret and codes go, the user's sessions end, and their next login is with the password alone
 * (an admin is then held on the enrolment page again). False when the user had none.
 */
export async function resetTwoFactor({ actorId, userId }: { actorId: number; userId: number }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const removed = await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).returning({ enrolledAt: userTwoFactor.enrolledAt });
    if (!removed[0]?.enrolledAt) return false;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await endUserSessions(tx, { userId, reason: "ended_by_admin" });
    await recordHistory(tx, { actorId, entityType: "user", entityId: userId, operation: "two_factor_reset" });
    await recordOwnEvent(tx, userId, "two_factor_disabled", "by_admin");
    return true;
  });
}
