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
import * as schema from "./schema";

/** One type for both drivers, so queries never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
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
 * Opens a database: PostgreSQL when a URL is given, otherwise PGlite in `dataDir`
 * (or in memory when `dataDir` is "memory", for tests).
 */
export function openDatabase(options: { url?: string; dataDir?: string }): DatabaseHandle {
  if (options.url) {
    // jit off: the app runs short OLTP statements, and the planner's cost estimate for a page of
    // per-row subqueries was enough to switch JIT compilation on, adding 5-35 ms to a statement
    // that runs in 2. Sent as a startup parameter, so every pooled session has it.
    const client = postgres(options.url, { max: 10, onnotice: () => {}, connection: { jit: "off" } });
    const db = drizzlePostgres(client, { schema, casing: "snake_case", logger }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(db as never, { migrationsFolder }),
      close: () => client.end(),
    };
  }
  const dataDir = options.dataDir ?? embeddedDataDir();
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const client = dataDir === "memory" ? new PGlite() : new PGlite(dataDir);
  const db = drizzlePglite(client, { schema, casing: "snake_case", logger }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder }),
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
