import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { env } from "../lib/env";
import { tenantsForStatement } from "../lib/tenancy/context";
import * as schema from "./schema";

/** One type for both drivers, so queries never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  /** The app's database: every statement runs as kawal_app for the tenants of its context (lib/tenancy/context.ts). */
  db: Database;
  /** The same connection as the owner, without row-level security: migrations, grants, backups, audit:verify. */
  owner: Database;
  kind: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * How many SQL statements this process has sent through drizzle. The query-count tests and the
 * benchmark read it (budget: at most 10 per page, none in a loop).
 */
export const statementCounter: { count: number; listener?: (query: string) => void } = { count: 0 };
const logger = {
  logQuery: (query: string) => {
    statementCounter.count++;
    statementCounter.listener?.(query);
  },
};

/** Where the embedded database keeps its files when no DATABASE_URL is set. */
export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().KAWAL_DATA_DIR ?? path.join(process.cwd(), "data", "pglite"));
}

/**
 * What every statement of the app runs after: the role that owns nothing and cannot bypass
 * row-level security, and the tenants the policies let through. Both with `true`: local to the
 * transaction, so nothing is left on a pooled connection for the next request.
 */
const SCOPE = "select set_config('role', 'kawal_app', true), set_config('kawal.tenants', $1, true)";

/** The slug the migration gives the first tenant (db/migrations/0009_tenants.sql reads it). */
function firstTenantSlug(): string {
  return env().KAWAL_TENANT_SLUG ?? "sinjai";
}

/**
 * postgres.js, scoped: a lone statement becomes begin, scope, statement, commit, sent together on
 * one reserved connection (pipelined: one round trip); a transaction gets the scope as its first
 * statement, sent without waiting for its answer. drizzle calls only `unsafe` and `begin` outside a
 * transaction; inside one it uses the transaction's own client.
 */
function scopedPostgres(client: postgres.Sql): postgres.Sql {
  const statement = (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) => {
    const run = async (asValues: boolean) => {
      const tenants = await tenantsForStatement();
      const reserved = await client.reserve();
      try {
        // postgres.js sends a query when it is awaited: allSettled starts them in this order,
        // without waiting between them. A failed statement leaves the transaction aborted, and
        // its commit then rolls back.
        const pending = reserved.unsafe(query, params as never, options);
        const [begin, scope, result, commit] = await Promise.allSettled([
          reserved.unsafe("begin"),
          reserved.unsafe(SCOPE, [tenants]),
          asValues ? pending.values() : pending,
          reserved.unsafe("commit"),
        ]);
        for (const step of [begin, scope, result, commit]) if (step.status === "rejected") throw step.reason;
        return (result as PromiseFulfilledResult<unknown>).value;
      } finally {
        reserved.release();
      }
    };
    return { values: () => run(true), then: (resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown) => run(false).then(resolve, reject) };
  };
  const begin = async (fn: (tx: postgres.TransactionSql) => unknown) => {
    const tenants = await tenantsForStatement();
    return client.begin(async (tx) => {
      const scope = tx.unsafe(SCOPE, [tenants]);
      scope.catch(() => {});
      const result = await fn(tx);
      await scope;
      return result;
    });
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") return statement;
      if (property === "begin") return begin;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** PGlite, scoped the same way: each lone statement in its own transaction behind the scope. */
function scopedPglite(client: PGlite): PGlite {
  const query = async (text: string, params?: unknown[], options?: unknown) => {
    const tenants = await tenantsForStatement();
    return client.transaction(async (tx) => {
      await tx.query(SCOPE, [tenants]);
      return tx.query(text, params, options as never);
    });
  };
  const transaction = async (fn: (tx: PgliteTransaction) => unknown) => {
    const tenants = await tenantsForStatement();
    return client.transaction(async (tx) => {
      await tx.query(SCOPE, [tenants]);
      return fn(tx);
    });
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "query") return query;
      if (property === "transaction") return transaction;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
type PgliteTransaction = Parameters<Parameters<PGlite["transaction"]>[0]>[0];

/**
 * Opens a database: PostgreSQL when a URL is given, otherwise PGlite in `dataDir`
 * (or in memory when `dataDir` is "memory", for tests).
 */
export function openDatabase(options: { url?: string; dataDir?: string }): DatabaseHandle {
  if (options.url) {
    // jit off: the app runs short OLTP statements, and the planner's cost estimate for a page of
    // per-row subqueries was enough to switch JIT compilation on, adding 5-35 ms to a statement
    // that runs in 2. Sent as a startup parameter, so every pooled session has it (as is the
    // first tenant's slug, which only the tenancy migration reads).
    const client = postgres(options.url, {
      max: 10,
      onnotice: () => {},
      connection: { jit: "off", "kawal.first_tenant_slug": firstTenantSlug() } as Record<string, string>,
    });
    const db = drizzlePostgres(scopedPostgres(client), { schema, casing: "snake_case", logger }) as unknown as Database;
    const owner = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      owner,
      kind: "postgres",
      migrate: () => migratePostgres(owner as never, { migrationsFolder }),
      close: () => client.end(),
    };
  }
  const dataDir = options.dataDir ?? embeddedDataDir();
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const client = dataDir === "memory" ? new PGlite() : new PGlite(dataDir);
  const db = drizzlePglite(scopedPglite(client), { schema, casing: "snake_case", logger }) as unknown as Database;
  const owner = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    owner,
    kind: "pglite",
    migrate: async () => {
      await client.query("select set_config('kawal.first_tenant_slug', $1, false)", [firstTenantSlug()]);
      await migratePglite(owner as never, { migrationsFolder });
    },
    close: () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { kawalDb?: DatabaseHandle };

/** The process-wide connection; PGlite must have exactly one client per process. */
export function getDatabase(): DatabaseHandle {
  if (!globalForDb.kawalDb && process.env.KAWAL_SQL_COUNT_FILE) reportStatementCount(process.env.KAWAL_SQL_COUNT_FILE);
  globalForDb.kawalDb ??= openDatabase({ url: env().DATABASE_URL });
  return globalForDb.kawalDb;
}

export function getDb(): Database {
  return getDatabase().db;
}

/** For the benchmark: keeps the statement count in a file, so SQL per request can be read from outside. */
function reportStatementCount(file: string) {
  let written = -1;
  setInterval(() => {
    if (statementCounter.count === written) return;
    written = statementCounter.count;
    writeFileSync(file, String(written));
  }, 100).unref();
}
