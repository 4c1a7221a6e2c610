import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * NIST SP 800-63B's rules for passwords people choose: at least 8 and up to 64 characters, any
 * characters, no composition rules, and not one of the passwords attackers try first.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;

export type PasswordProblem = "passwordShort" | "passwordLong" | "passwordCommon" | "passwordIsEmail";

let common: Set<string> | undefined;

/**
 * The 10,000 most common passwords of SecLists (Passwords/Common-Credentials/10k-most-common.txt),
 * shipped with the app so that no check needs the network.
 */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/** What is wrong with a new password, or null; `email` is the account's, which must not be the password. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  // Characters as people count them: an emoji or an accented letter is one, not two.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordLong";
  const folded = password.toLowerCase();
  if (commonPasswords().has(folded)) return "passwordCommon";
  if (email) {
    const address = email.trim().toLowerCase();
    if (folded === address || folded === address.split("@")[0]) return "passwordIsEmail";
  }
  return null;
}

/** A new password field; its messages are keys of the `errors` namespace. */
export const newPasswordField = z.string({ error: "passwordShort" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
