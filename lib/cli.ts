/**
 * Database commands, run before the app starts (never beside a running app on PGlite):
 *   setup   migrate; on the embedded database also load the demo when it is empty
 *   migrate apply the migrations
 *   seed    load the demo (Sinjai, and the illustrative Kabupaten Contoh) into an empty database
 *   reminders  send today's due-soon and overdue reminders, regency by regency (safe to run more than once a day)
 *   audit-verify  walk the hash chains of the history and the audit log (exit 1 on a break)
 */
import { loadEnvConfig } from "@next/env";
import { count, eq } from "drizzle-orm";
import postgres from "postgres";
import { ensureLocalAuthSecret } from "./auth/local-secret";
import { ensureAppRole } from "./audit/roles";
import { describeReport, verifyAuditTrail } from "./audit/verify";
import { env, EnvError } from "./env";
import { assertNoOpenDemoLogins } from "./startup";
import { withTenants } from "./tenancy/context";
import { getDatabase, openDatabase, type Database } from "../db/client";
import { tenants, users } from "../db/schema";
import { seedDemo } from "../db/seed/demo";
import { runBackupCommand } from "./backup";

async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Several servers run `npm start` (migrations, grants, the demo check) at the same moment after a
 * deploy; two migrators at once fail on "already exists", and two grants at once on "tuple
 * concurrently updated". A PostgreSQL advisory lock, held on a connection of its own for the
 * duration, lets one process through at a time; the next then finds the migrations applied.
 * PGlite serves one process only, so it needs none.
 */
async function oneAtATime<T>(url: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!url) return run();
  const lock = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lock`select pg_advisory_lock(hashtext('kawal:schema'))`;
    return await run();
  } finally {
    // Ending the session releases the lock, also when `run` failed.
    await lock.end();
  }
}

async function main(command: string | undefined): Promise<void> {
  const production = process.env.NODE_ENV === "production";
  // The same .env files the server will read, so that both check the same configuration.
  loadEnvConfig(process.cwd(), !production);
  // A production server gets its secret from whoever deploys it, never from a file written here.
  if (command === "setup" && !production && ensureLocalAuthSecret() === "created") console.log("Wrote a new AUTH_SECRET to .env.local.");
  const config = env();
  // Schema changes and grants need the owner; the app's own role (DATABASE_URL) owns nothing.
  const owner = config.MIGRATION_DATABASE_URL && command !== "reminders" ? config.MIGRATION_DATABASE_URL : undefined;
  const handle = owner ? openDatabase({ url: owner }) : getDatabase();
  const where = handle.kind === "pglite" ? "embedded database (PGlite)" : `PostgreSQL (${owner ? "MIGRATION_DATABASE_URL" : "DATABASE_URL"})`;
  try {
    if (command === "migrate" || command === "setup" || command === "seed") {
      await oneAtATime(handle.kind === "postgres" ? (owner ?? config.DATABASE_URL) : undefined, async () => {
        await handle.migrate();
        console.log(`Migrations applied to the ${where}.`);
        if (owner && config.DATABASE_URL)
          console.log(`The app's role ${await ensureAppRole(handle.owner, config.DATABASE_URL)} may use the tables; it owns none.`);
        if (command === "seed" || (command === "setup" && handle.kind === "pglite")) {
          if (await isEmpty(handle.owner)) {
            await seedDemo(handle);
            console.log(
              "Demo loaded: Sinjai, the illustrative Kabupaten Contoh at /r/contoh/ and the illustrative region at /r/sulsel/. Logins are listed in README.md.",
            );
          } else if (command === "seed") {
            console.log("The database already has users; the demo was not loaded again.");
          }
        }
      });
    }
    // Run by `npm start` before the server opens, so a production server stops here already.
    if (command === "setup") await assertNoOpenDemoLogins(handle.db, config);
    if (command === "reminders") {
      // Loaded only here: the notification modules are server-only (run with --conditions=react-server).
      const { sendReminders } = await import("./notifications/reminders");
      // One regency at a time, each in its own tenant (its actions, its people, its notices).
      const ids = (await withTenants([], () => handle.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.active, true)))).map((t) => t.id);
      let created = 0;
      let emailed = 0;
      for (const id of ids) {
        const sent = await withTenants([id], () => sendReminders(handle.db));
        created += sent.created;
        emailed += sent.emailed;
      }
      console.log(`Reminders: ${created} new notifications, ${emailed} e-mailed, over ${ids.length} regencies.`);
    }
    if (command === "audit-verify") {
      const reports = await verifyAuditTrail(handle.owner);
      for (const report of reports) console.log(describeReport(report));
      if (reports.some((report) => report.problem)) process.exitCode = 1;
    }
    if (!["migrate", "setup", "seed", "reminders", "audit-verify"].includes(command ?? "")) {
      console.error("Usage: tsx lib/cli.ts <setup|migrate|seed|reminders|audit-verify>");
      process.exitCode = 2;
    }
  } finally {
    await handle.close();
  }
}

const command = process.argv[2];
(command === "backup" || command === "restore" ? runBackupCommand(command, process.argv.slice(3)) : main(command)).catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
