import { randomBytes } from "node:crypto";
import { argon2id, hash, needsRehash, verify } from "argon2";

/**
 * Argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane). Every hash the app
 * writes uses it; older hashes (argon2's defaults) are upgraded at the owner's next sign-in.
 */
export const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function passwordHashIsCurrent(passwordHash: string): boolean {
  return !needsRehash(passwordHash, ARGON2_OPTIONS);
}

const globalForHash = globalThis as unknown as { kawalDummyHash?: Promise<string> };

/**
 * Checks a password against a user's hash, or against a throwaway hash with the same
 * parameters when there is no such user, so that an unknown e-mail costs the same time as a
 * known one and timing does not tell which accounts exist.
 */
export async function checkPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const target = passwordHash ?? (await (globalForHash.kawalDummyHash ??= hashPassword(randomBytes(32).toString("base64url"))));
  try {
    const matches = await verify(target, password);
    return matches && passwordHash !== null;
  } catch {
    // A hash argon2 cannot read is a refusal, not a server error.
    return false;
  }
}
