/**
 * Backup and restore of either database. The app must be stopped first: PGlite has no lock
 * across processes, and nothing here can tell whether a server is using the folder or database.
 *   backup [file]             PGlite: its data folder as a .tar.gz; PostgreSQL: pg_dump -Fc
 *   restore <file> [--force]  into an empty database; over a database with data only with --force
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { TZDate } from "@date-fns/tz";
import postgres from "postgres";
import { embeddedDataDir } from "../db/client";
import { TIME_ZONE } from "./i18n/config";

/** A refusal the operator can act on: printed as one line, without a stack trace. */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupRefused";
  }
}

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

const hasDatabase = (dataDir: string) => existsSync(path.join(dataDir, "PG_VERSION"));
const isEmptyFolder = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

function refuseExisting(file: string): void {
  if (existsSync(file)) throw new BackupRefused(`${file} already exists; choose another file name.`);
}

/** Written beside the target and renamed at the end, so a crash never leaves a half file under the final name. */
async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  await writeFile(partial, bytes, { flag: "w" });
  await rename(partial, file);
}

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  if (!hasDatabase(dataDir)) throw new BackupRefused(`No embedded database in ${dataDir} (set KAWAL_DATA_DIR if it lives elsewhere).`);
  refuseExisting(file);
  const db = new PGlite(dataDir);
  try {
    // dumpDataDir does not wait for the database to start: called first, it never settles.
    await db.waitReady;
    const dump = await db.dumpDataDir("none");
    await writeWhole(file, await gzip(new Uint8Array(await dump.arrayBuffer())));
  } finally {
    await db.close();
  }
}

/**
 * Loads a backup into a new folder beside `dataDir`, checks that PostgreSQL opens it, and only
 * then puts it in place. With `force`, the folder it replaces is kept under a dated name.
 */
export async function restoreEmbedded(file: string, dataDir: string, { force = false } = {}): Promise<{ keptAside?: string }> {
  if (!existsSync(file)) throw new BackupRefused(`${file} does not exist.`);
  if (!isEmptyFolder(dataDir) && !force) {
    throw new BackupRefused(
      `${dataDir} is not empty. Stop the app, then run the restore again with --force to replace it (the current folder is kept beside it).`,
    );
  }
  const packed = await readFile(file);
  const tar = packed[0] === 0x1f && packed[1] === 0x8b ? await gunzip(packed).catch(() => packed) : packed;
  // PGlite's own fallback for a file that is not a tar leaves a rejected promise unhandled.
  if (tar.subarray(257, 262).toString("latin1") !== "ustar") throw new BackupRefused(`${file} is not a backup of the embedded database.`);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const staging = await mkdtemp(`${dataDir}.restoring-`);
  try {
    const db = new PGlite(staging, { loadDataDir: new Blob([tar], { type: "application/x-tar" }) });
    try {
      await db.query("select count(*) from pg_catalog.pg_class");
    } finally {
      await db.close();
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new BackupRefused(`${file} is not a backup of the embedded database: ${error instanceof Error ? error.message : String(error)}`);
  }
  let keptAside: string | undefined;
  if (existsSync(dataDir)) {
    if (isEmptyFolder(dataDir)) await rm(dataDir, { recursive: true });
    else await rename(dataDir, (keptAside = `${dataDir}.before-restore-${stamp()}`));
  }
  await rename(staging, dataDir);
  return { keptAside };
}

/** pg_dump and pg_restore take the password from the environment, so it never shows in a process list. */
function clientEnvironment(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function requireTool(tool: "pg_dump" | "pg_restore"): void {
  const probe = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new BackupRefused(
      `${tool} is not on PATH. Install the PostgreSQL client tools of the server's major version or newer (Debian/Ubuntu: apt-get install postgresql-client).`,
    );
  }
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new BackupRefused(`${tool} failed (${signal ?? `exit code ${code}`}); see its message above.`)),
    );
  });
}

export async function backupServer(url: string, file: string): Promise<void> {
  requireTool("pg_dump");
  refuseExisting(file);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const { dbname, env } = clientEnvironment(url);
  const partial = `${file}.partial`;
  try {
    await run("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, file);
}

async function tableCount(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<
      Array<{ n: number }>
    >`select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`;
    return row?.n ?? 0;
  } finally {
    await sql.end();
  }
}

/** Restores in one transaction: a failure leaves the database as it was. */
export async function restoreServer(file: string, url: string, { force = false } = {}): Promise<void> {
  requireTool("pg_restore");
  if (!existsSync(file)) throw new BackupRefused(`${file} does not exist.`);
  if (!force && (await tableCount(url)) > 0) {
    throw new BackupRefused("The database named by DATABASE_URL already has tables. Stop the app, then run the restore again with --force to replace them.");
  }
  const { dbname, env } = clientEnvironment(url);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${dbname}`, file], env);
}

/** Now in WITA as yyyyMMdd-HHmmss, for backup file names. */
function stamp(): string {
  const [date, time] = new TZDate(Date.now(), TIME_ZONE).toISOString().slice(0, 19).split("T") as [string, string];
  return `${date.replaceAll("-", "")}-${time.replaceAll(":", "")}`;
}

/** `npm run db:backup -- [file]` and `npm run db:restore -- <file> [--force]`. */
export async function runBackupCommand(command: "backup" | "restore", args: string[]): Promise<void> {
  const url = process.env.DATABASE_URL || undefined;
  const force = args.includes("--force");
  const [file] = args.filter((a) => a !== "--force");
  try {
    if (command === "backup") {
      const target = file ?? path.join("backups", `kawal-${url ? "postgres" : "pglite"}-${stamp()}.${url ? "dump" : "tar.gz"}`);
      if (url) await backupServer(url, target);
      else await backupEmbedded(embeddedDataDir(), target);
      console.log(`Backup written to ${target}.`);
      return;
    }
    if (!file) throw new BackupRefused("Usage: npm run db:restore -- <backup file> [--force]");
    if (url) {
      await restoreServer(file, url, { force });
      console.log(`${file} restored into the PostgreSQL database of DATABASE_URL.`);
    } else {
      const { keptAside } = await restoreEmbedded(file, embeddedDataDir(), { force });
      console.log(`${file} restored into ${embeddedDataDir()}.${keptAside ? ` The database it replaced is in ${keptAside}.` : ""}`);
    }
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
