import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/** Tables the app may add to but never change or empty: the chains of lib/audit/verify.ts. */
const APPEND_ONLY = ["history", "audit_events"] as const;

/** `db.execute` answers { rows } on PGlite and an array on postgres.js. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The role a PostgreSQL URL logs in as: the app's role is the user of DATABASE_URL. */
export function roleOfUrl(url: string): string {
  const role = decodeURIComponent(new URL(url).username);
  if (!ROLE_NAME.test(role)) throw new Error(`The user of DATABASE_URL ("${role}") must be a plain role name (lowercase letters, digits, _).`);
  return role;
}

/** The role every statement of the app runs as (db/client.ts sets it per transaction; db/migrations/0009_tenants.sql creates it). */
export const STATEMENT_ROLE = "kawal_app";

/**
 * What the app may do, applied by the owner after every migration so that new tables are covered.
 * The statements run as kawal_app: it may read and write the tables and use their sequences, only
 * add to the append-only tables, only read the tenants, and touch nothing of the chains' heads,
 * which only the (security definer) triggers write. It owns nothing, so it cannot disable a
 * trigger, row-level security, alter a table or truncate one. The login role of DATABASE_URL holds
 * no privilege of its own: it is a member of kawal_app, which db/client.ts switches to.
 */
export async function grantAppRole(executor: Executor, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`Not a plain role name: ${role}`);
  const r = sql.identifier(role);
  const app = sql.identifier(STATEMENT_ROLE);
  const statements = [
    sql`grant usage on schema public to ${app}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${app}`,
    sql`revoke truncate, references, trigger on all tables in schema public from ${app}`,
    sql`grant usage, select on all sequences in schema public to ${app}`,
    ...APPEND_ONLY.map((table) => sql`revoke update, delete on ${sql.identifier(table)} from ${app}`),
    sql`revoke all on audit_chain_heads from ${app}`,
    sql`revoke insert, update, delete on tenants from ${app}`,
    // The one write to tenants: a platform admin adds a regency (lib/platform/commands.ts); only
    // these columns, so not `demo`, `active` or an id (SECURITY.md, "Above the regency").
    sql`grant insert (slug, name, host, kind) on tenants to ${app}`,
    // A login role of another name holds nothing itself and may become kawal_app; one named
    // kawal_app (given LOGIN by a DBA) is the statement role already.
    ...(role === STATEMENT_ROLE
      ? []
      : [
          sql`grant usage on schema public to ${r}`,
          sql`revoke create on schema public from ${r}`,
          sql`revoke all on all tables in schema public from ${r}`,
          sql`revoke all on all sequences in schema public from ${r}`,
          sql`grant ${app} to ${r}`,
        ]),
  ];
  for (const statement of statements) await executor.execute(statement);
}

/**
 * Run by the owner after the migrations: creates the app's role when it is missing (that needs
 * CREATEROLE; without it a DBA creates the role first, see README) with the password of
 * DATABASE_URL, and grants it what it needs.
 */
export async function ensureAppRole(executor: Executor, databaseUrl: string): Promise<string> {
  const role = roleOfUrl(databaseUrl);
  const [me] = rowsOf<{ name: string }>(await executor.execute(sql`select current_user as name`));
  if (me?.name === role) throw new Error(`DATABASE_URL logs in as ${role}, the owner: give the app a role of its own (README, "Database roles").`);
  const password = decodeURIComponent(new URL(databaseUrl).password);
  if (rowsOf(await executor.execute(sql`select 1 from pg_roles where rolname = ${role}`)).length === 0) {
    // CREATE ROLE takes no parameters: the password goes in as a quoted literal.
    const literal = `'${password.replaceAll("'", "''")}'`;
    await executor.execute(sql`create role ${sql.identifier(role)} login ${password ? sql.raw(`password ${literal}`) : sql.raw("")}`);
  }
  await grantAppRole(executor, role);
  return role;
}
