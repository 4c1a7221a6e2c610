/**
 * The rules of two-factor login, without a database: TOTP codes (RFC 6238: SHA-1, 6 digits, 30 s
 * steps, as every authenticator app does), the drift window, replay, and recovery codes.
 */
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { HOTP, Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes of one step before or after the server's are accepted: a phone's clock may be off by up to 30 s. */
export const DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
export const ISSUER = "Kawal";

/** A fresh secret: 160 random bits (RFC 4226's recommended length), in base32 as apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The 30-second time step `atMs` falls in. */
export function timeStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows for `secret` during `step`. */
export function codeForStep(secret: string, step: number): string {
  return HOTP.generate({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: TOTP_DIGITS, counter: step });
}

/** The otpauth:// address a QR code carries to the authenticator app. */
export function otpauthUri(secret: string, account: string): string {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  }).toString();
}

/** The secret as people type it into an app by hand: groups of four. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The time step a code is accepted for, or null. A code matches its own step, the one before or
 * the one after (drift); a step at or before `lastUsedStep` is refused, so that a code, once
 * used, cannot be used again, not even within the drift window, and no older code can follow it.
 */
export function acceptedStep(secret: string, code: string, atMs: number, lastUsedStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = timeStep(atMs);
  let accepted: number | null = null;
  // Every step of the window is compared, in constant time, whatever matched first.
  for (let step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
    const same = timingSafeEqual(Buffer.from(codeForStep(secret, step)), Buffer.from(code));
    if (same && accepted === null && (lastUsedStep === null || step > lastUsedStep)) accepted = step;
  }
  return accepted;
}

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const RECOVERY_LENGTH = 10;

/** Ten codes of ten characters (about 49 bits each), shown as XXXXX-XXXXX. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as typed (any case, spaces or dashes) in its stored form, or null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, "");
  return compact.length === RECOVERY_LENGTH && [...compact].every((c) => RECOVERY_ALPHABET.includes(c)) ? compact : null;
}

/**
 * What is kept of a recovery code: its SHA-256. The codes are random and long enough that a
 * slow hash adds nothing, and a plain hash lets the lookup be one indexed query.
 */
export function hashRecoveryCode(normalized: string): string {
  return createHash("sha256").update(`kawal-recovery:${normalized}`).digest("hex");
}

export type SecondFactor = { kind: "totp"; code: string } | { kind: "recovery"; code: string };

/** What was typed at the second step: six digits, or a recovery code; null for anything else. */
export function parseSecondFactor(typed: string): SecondFactor | null {
  const trimmed = typed.replace(/\s/g, "");
  if (/^\d{6}$/.test(trimmed)) return { kind: "totp", code: trimmed };
  const recovery = normalizeRecoveryCode(typed);
  return recovery ? { kind: "recovery", code: recovery } : null;
}
