import { contohLogins, demoLogins, regionLogins } from "@/db/seed/logins";
import type { Role } from "@/db/schema/enums";
import type { Env } from "@/lib/env";

/** The roles that must sign in with a second factor. */
/** The roles that must sign in with a second factor: those that manage accounts (a platform admin also creates regencies). */
export const TWO_FACTOR_ROLES: readonly Role[] = ["admin", "platform_admin"];

const demoEmails = new Set([...demoLogins, ...contohLogins, ...regionLogins].map((login) => login.email.toLowerCase()));

/**
 * A deployment that serves the demo on purpose: KAWAL_DEMO=1, or `npm run dev` on the embedded
 * database (which `npm run dev` seeds with the demo logins).
 */
export function isDemoDeployment(config: Pick<Env, "NODE_ENV" | "KAWAL_DEMO" | "DATABASE_URL">): boolean {
  return config.KAWAL_DEMO || (config.NODE_ENV === "development" && !config.DATABASE_URL);
}

/**
 * True for a seeded demo account (README's logins) of a role that needs a second factor, in a
 * demo deployment: it may sign in with its password alone, so that the demo works without an
 * authenticator app. Anywhere else, and for every other account, the requirement holds.
 */
export function demoExempt(user: { role: Role; email: string }, config: Pick<Env, "NODE_ENV" | "KAWAL_DEMO" | "DATABASE_URL">): boolean {
  return TWO_FACTOR_ROLES.includes(user.role) && isDemoDeployment(config) && demoEmails.has(user.email.toLowerCase());
}

export function twoFactorRequired(user: { role: Role; email: string }, config: Pick<Env, "NODE_ENV" | "KAWAL_DEMO" | "DATABASE_URL">): boolean {
  return TWO_FACTOR_ROLES.includes(user.role) && !demoExempt(user, config);
}

/** A signed-in user who may do nothing but enrol: their role needs a second factor they have not set up. */
export function mustEnrolTwoFactor(
  user: { role: Role; email: string; twoFactorEnrolled: boolean },
  config: Pick<Env, "NODE_ENV" | "KAWAL_DEMO" | "DATABASE_URL">,
): boolean {
  return !user.twoFactorEnrolled && twoFactorRequired(user, config);
}
