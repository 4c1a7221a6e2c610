import "server-only";
import { RateLimiterDrizzle, type RateLimiterRes } from "rate-limiter-flexible";
import { getDb, type Database } from "@/db/client";
import { loginLimits } from "@/db/schema";
import { currentTenantId, withTenants } from "@/lib/tenancy/context";
import { signedInFrom } from "./sessions";

/**
 * Login limits that slow a guesser without letting a stranger lock the owner out. The counters
 * live in the database (rate-limiter-flexible's Drizzle store, which runs on postgres.js and on
 * PGlite alike, unlike its Postgres store, which wants a `pg`-style client), so they hold across
 * restarts and instances, and a flood of made-up e-mails cannot push real counters out of memory.
 *
 * - An account from one address (the pair): two failures are free, then each failure in a row
 *   (within a day) makes the pair wait longer (5 s, 10 s, 20 s… up to 15 minutes) before any
 *   further try, right or wrong. A correct password resets it.
 *   Only the pair waits: the owner at another address is not slowed by a stranger's guesses.
 * - One address, whatever the accounts: at most 50 failures an hour.
 * - One account, whatever the addresses: at most 100 failures an hour (NIST SP 800-63B 5.2.2).
 *   Past that, only addresses the account signed in from lately may still try, so that a
 *   stranger who spends the hour's failures does not lock the owner out at their usual desk.
 *
 * Every counter is keyed by the e-mail as typed, known account or not, so that an unknown
 * e-mail is limited, and answered, exactly like a known one.
 */
export const LOGIN_LIMITS = {
  perAddressPerHour: 50,
  perAccountPerHour: 100,
  freeFailuresPerPair: 2,
  firstDelaySeconds: 5,
  maxDelaySeconds: 15 * 60,
} as const;

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/** Seconds a pair waits after its `failures`-th failure in a row. */
export function delayAfter(failures: number): number {
  if (failures <= LOGIN_LIMITS.freeFailuresPerPair) return 0;
  const doublings = failures - LOGIN_LIMITS.freeFailuresPerPair - 1;
  return Math.min(LOGIN_LIMITS.firstDelaySeconds * 2 ** Math.min(doublings, 20), LOGIN_LIMITS.maxDelaySeconds);
}

interface Limiters {
  address: RateLimiterDrizzle;
  account: RateLimiterDrizzle;
  pair: RateLimiterDrizzle;
  wait: RateLimiterDrizzle;
}

const perDatabase = new WeakMap<Database, Map<number, Limiters>>();

/**
 * The limiters of the current regency. Each regency counts its own (keys prefixed with its id, rows
 * under its tenant), so guesses at one regency's address never slow or lock another's accounts.
 * They are made inside the regency's context: the store's hourly clean-up timer keeps it.
 */
async function limiters(): Promise<Limiters> {
  const db = getDb();
  const tenant = await currentTenantId();
  let byTenant = perDatabase.get(db);
  if (!byTenant) perDatabase.set(db, (byTenant = new Map()));
  let found = byTenant.get(tenant);
  if (!found) {
    found = await withTenants([tenant], () => {
      const store = (name: string, points: number, duration = HOUR) =>
        new RateLimiterDrizzle({ storeClient: db, schema: loginLimits, keyPrefix: `t${tenant}:${name}`, points, duration });
      return {
        address: store("address", LOGIN_LIMITS.perAddressPerHour),
        account: store("account", LOGIN_LIMITS.perAccountPerHour),
        // Counts failures in a row for a day, so that the waits keep growing past the hour; the
        // waits themselves are kept under "wait", each with its own expiry.
        pair: store("pair", Number.MAX_SAFE_INTEGER, DAY),
        wait: store("wait", 1),
      };
    });
    byTenant.set(tenant, found);
  }
  return found;
}

export type LoginAttempt<T> = { outcome: "signedIn"; value: T } | { outcome: "wrong" } | { outcome: "limited"; retryAfterMs: number };

const limited = (res: RateLimiterRes | null): { outcome: "limited"; retryAfterMs: number } => ({
  outcome: "limited",
  retryAfterMs: Math.max(res?.msBeforeNext ?? 0, 1000),
});

/**
 * Runs `check` (the password check: the user when it matches, else null) within the limits for
 * `email` from `address`. When `halfway` says a match is only the first of two steps (a password
 * that still needs its second factor), the pair's failures in a row are kept: only the second
 * step's success clears them, so that giving the right password again and again does not reset
 * the waits between guesses at the code.
 */
export async function attemptLogin<T>(
  email: string,
  address: string,
  check: () => Promise<T | null>,
  { halfway }: { halfway?: (value: T) => boolean | Promise<boolean> } = {},
): Promise<LoginAttempt<T>> {
  const l = await limiters();
  const account = email.toLowerCase();
  const pair = `${account} ${address}`;
  const [wait, fromAddress] = await Promise.all([l.wait.get(pair), l.address.get(address)]);
  if (wait && wait.msBeforeNext > 0) return limited(wait);
  if (fromAddress && fromAddress.consumedPoints >= LOGIN_LIMITS.perAddressPerHour) return limited(fromAddress);

  // The account's failure is counted before the check, atomically, and given back when the
  // password matches: concurrent guesses cannot slip past the hourly cap between read and write.
  const reserved = await l.account.penalty(account);
  if (reserved.consumedPoints > LOGIN_LIMITS.perAccountPerHour && !(await signedInFrom(account, address))) {
    await l.account.reward(account);
    return limited(reserved);
  }
  let value: T | null;
  try {
    value = await check();
  } catch (error) {
    await l.account.reward(account);
    throw error;
  }
  if (value !== null) {
    if (halfway && (await halfway(value))) await l.account.reward(account);
    else await Promise.all([l.account.reward(account), l.pair.delete(pair), l.wait.delete(pair)]);
    return { outcome: "signedIn", value };
  }
  const [inARow] = await Promise.all([l.pair.penalty(pair), l.address.penalty(address)]);
  const delay = delayAfter(inARow.consumedPoints);
  if (delay > 0) await l.wait.set(pair, 1, delay);
  return { outcome: "wrong" };
}

/** The client's address as the last proxy saw it: the right-most X-Forwarded-For entry. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").pop()?.trim() ?? "";
  return /^[0-9a-fA-F:.]{2,45}$/.test(last) ? last : "unknown";
}
