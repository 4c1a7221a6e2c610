/**
 * The checks a server passes before it serves anyone: the configuration (lib/env.ts) and, in
 * production, that the demo logins printed in README.md cannot open the database. They run in
 * `npm run db:setup` (so `npm start` stops before the server opens) and again when `next start`
 * boots (instrumentation.ts), which also covers a server started without the setup step.
 */
import { verify } from "argon2";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openDatabase, type Database } from "../db/client";
import { tenants, users } from "../db/schema";
import { contohLogins, DEMO_PASSWORD, demoLogins, regionLogins } from "../db/seed/logins";
import { env, EnvError, type Env } from "./env";
import { withTenants } from "./tenancy/context";

/** Active demo accounts, in any regency, that still accept the password published in README.md. */
export async function openDemoLogins(db: Database): Promise<string[]> {
  const emails = [...demoLogins, ...contohLogins, ...regionLogins].map((login) => login.email.toLowerCase());
  const ids = (await withTenants([], () => db.select({ id: tenants.id }).from(tenants))).map((t) => t.id);
  if (ids.length === 0) return [];
  const rows = await withTenants(ids, () =>
    db
      .select({ email: users.email, passwordHash: users.passwordHash })
      .from(users)
      .where(and(eq(users.active, true), inArray(sql`lower(${users.email})`, emails))),
  );
  const open: string[] = [];
  for (const row of rows) {
    if (await verify(row.passwordHash, DEMO_PASSWORD)) open.push(row.email);
  }
  return open;
}

/** The demo logins matter only to a production server that was not told it serves the demo. */
export function guardsDemoLogins(config: Env): boolean {
  return config.NODE_ENV === "production" && !config.KAWAL_DEMO;
}

/** Throws an EnvError when a production server would let anyone in with the demo password. */
export async function assertNoOpenDemoLogins(db: Database, config: Env): Promise<void> {
  if (!guardsDemoLogins(config)) return;
  const open = await openDemoLogins(db);
  if (open.length === 0) return;
  throw new EnvError([
    `the database has ${open.length} demo login${open.length === 1 ? "" : "s"} with the password published in README.md (${open.join(", ")}). ` +
      "Set KAWAL_DEMO=1 to serve the demo on purpose, or give those accounts new passwords or deactivate them.",
  ]);
}

/**
 * What `next start` runs before it serves: the configuration, then the demo logins on a
 * connection of its own, closed again before the app opens the database (PGlite allows one
 * client at a time). A refusal ends the process with the list of problems and no stack trace.
 */
export async function checkServerStart(): Promise<void> {
  try {
    const config = env();
    if (!guardsDemoLogins(config)) return;
    const handle = openDatabase({ url: config.DATABASE_URL });
    try {
      await assertNoOpenDemoLogins(handle.db, config);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
