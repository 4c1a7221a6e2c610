/**
 * Keys derived from AUTH_SECRET for two-factor login: one encrypts the TOTP secrets at rest, one
 * signs the short-lived token that carries a login from the password step to the code step.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: two-factor secrets cannot be encrypted without it.");
  return secret;
}

function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "kawal-two-factor", purpose, 32));
}

const VERSION = "v1";

/** AES-256-GCM of a TOTP secret, bound to its user: a ciphertext copied to another user's row does not open. */
export function encryptTotpSecret(secret: string, userId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("totp-secret"), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The secret, or null when the text was altered, belongs to another user or another AUTH_SECRET. */
export function decryptTotpSecret(stored: string, userId: number): string | null {
  const [version, payload] = stored.split(".");
  if (version !== VERSION || !payload) return null;
  const raw = Buffer.from(payload, "base64url");
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("totp-secret"), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** How long the code step may follow the password step. */
export const PENDING_LOGIN_SECONDS = 5 * 60;

export interface PendingLogin {
  userId: number;
  /** Ties the token to the password that was checked: a new password voids it. */
  passwordHash: string;
}

function fingerprint(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 22);
}

function sign(payload: string): string {
  return createHmac("sha256", derivedKey("pending-login")).update(payload).digest("base64url");
}

/** A token saying "this user gave the right password at `nowMs`", valid for five minutes. */
export function signPendingLogin({ userId, passwordHash }: PendingLogin, nowMs = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ u: userId, p: fingerprint(passwordHash), e: nowMs + PENDING_LOGIN_SECONDS * 1000, n: randomBytes(8).toString("base64url") }),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The user id a valid, unexpired token names, or null. The caller checks the password hash with `pendingLoginMatches`. */
export function readPendingLogin(token: string, nowMs = Date.now()): { userId: number; fingerprint: string } | null {
  if (token.length > 1000) return null;
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown; p?: unknown; e?: unknown };
    if (typeof body.u !== "number" || !Number.isSafeInteger(body.u) || typeof body.p !== "string" || typeof body.e !== "number") return null;
    return body.e > nowMs ? { userId: body.u, fingerprint: body.p } : null;
  } catch {
    return null;
  }
}

export function pendingLoginMatches(read: { fingerprint: string }, passwordHash: string): boolean {
  return read.fingerprint === fingerprint(passwordHash);
}
