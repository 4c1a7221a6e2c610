import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { backupEmbedded, backupServer, restoreEmbedded, restoreServer } from "@/lib/backup";

// Each step opens a whole embedded PostgreSQL (seconds each, minutes on a busy machine).
const SLOW = 240_000;

type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Every row of every table (as JSON, in a stable order) and the position of every sequence. */
async function snapshot(query: Query): Promise<Record<string, unknown[]>> {
  const tables = await query(`select table_schema as s, table_name as t from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`);
  const contents: Record<string, unknown[]> = {};
  for (const { s, t } of tables) contents[`${s}.${t}`] = (await query(`select row_to_json(x)::text as r from "${s}"."${t}" x order by 1`)).map((row) => row.r);
  contents.sequences = await query("select schemaname, sequencename, last_value::text from pg_sequences order by 1, 2");
  return contents;
}

async function embeddedSnapshot(dataDir: string) {
  const db = new PGlite(dataDir);
  try {
    return await snapshot(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await db.close();
  }
}

async function changeEmbedded(dataDir: string) {
  const db = new PGlite(dataDir);
  await db.query("update users set name = name || ' (diubah)'");
  await db.close();
}

function expectFullDemo(contents: Record<string, unknown[]>) {
  for (const table of ["public.users", "public.meetings", "public.action_items", "public.realisations", "drizzle.__drizzle_migrations"])
    expect(contents[table]?.length, table).toBeGreaterThan(0);
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "kawal-backup-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("backup and restore of the embedded database", () => {
  let source: string;
  let file: string;
  let original: Record<string, unknown[]>;

  beforeAll(async () => {
    source = path.join(work, "pglite");
    file = path.join(work, "backups", "kawal.tar.gz");
    const handle = openDatabase({ dataDir: source });
    await handle.migrate();
    await seedDemo(handle);
    await handle.close();
    original = await embeddedSnapshot(source);
    await backupEmbedded(source, file);
  }, SLOW);

  it(
    "brings back every row of the demo in a new folder",
    async () => {
      expectFullDemo(original);
      const target = path.join(work, "restored");
      expect(await restoreEmbedded(file, target)).toEqual({ keptAside: undefined });
      expect(await embeddedSnapshot(target)).toEqual(original);
    },
    SLOW,
  );

  it(
    "refuses to overwrite a database without --force, and keeps the one it replaces with it",
    async () => {
      await changeEmbedded(source);
      const changed = await embeddedSnapshot(source);
      expect(changed).not.toEqual(original);
      await expect(restoreEmbedded(file, source)).rejects.toMatchObject({ name: "BackupRefused", message: expect.stringContaining("--force") });
      expect(await embeddedSnapshot(source)).toEqual(changed);

      const { keptAside } = await restoreEmbedded(file, source, { force: true });
      expect(await embeddedSnapshot(source)).toEqual(original);
      expect(await embeddedSnapshot(keptAside!)).toEqual(changed);
    },
    SLOW,
  );

  it(
    "refuses a file that is not a backup and leaves the database alone",
    async () => {
      const target = path.join(work, "untouched");
      await expect(restoreEmbedded(path.join(work, "missing.tar.gz"), target)).rejects.toMatchObject({ name: "BackupRefused" });
      await expect(restoreEmbedded(path.join(import.meta.dirname, "backup.test.ts"), target)).rejects.toMatchObject({ name: "BackupRefused" });
      expect(existsSync(target)).toBe(false);
    },
    SLOW,
  );

  it(
    "never writes over an earlier backup",
    async () => {
      await expect(backupEmbedded(source, file)).rejects.toMatchObject({ message: expect.stringContaining("already exists") });
    },
    SLOW,
  );
});

describe("backup and restore of PostgreSQL", () => {
  it(
    "says so when pg_dump is not on PATH",
    async () => {
      const path = process.env.PATH;
      process.env.PATH = work;
      try {
        await expect(backupServer("postgres://nobody@127.0.0.1:1/none", "x.dump")).rejects.toMatchObject({
          name: "BackupRefused",
          message: expect.stringContaining("pg_dump is not on PATH"),
        });
      } finally {
        process.env.PATH = path;
      }
    },
    SLOW,
  );

  const serverUrl = process.env.TEST_DATABASE_URL;
  describe.skipIf(!serverUrl)("on the server of TEST_DATABASE_URL", () => {
    const names = ["a", "b"].map((n) => `kawal_backup_${n}_${randomBytes(4).toString("hex")}`);
    let admin: postgres.Sql;
    let sourceUrl: string;
    let targetUrl: string;
    const serverSnapshot = async (url: string) => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        return await snapshot((text) => sql.unsafe(text));
      } finally {
        await sql.end();
      }
    };
    let file: string;
    let original: Record<string, unknown[]>;

    beforeAll(async () => {
      admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
      [sourceUrl, targetUrl] = names.map((name) => Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString()) as [string, string];
      for (const name of names) await admin.unsafe(`create database ${name}`);
      const handle = openDatabase({ url: sourceUrl });
      await handle.migrate();
      await seedDemo(handle);
      await handle.close();
      original = await serverSnapshot(sourceUrl);
      file = path.join(work, "kawal.dump");
      await backupServer(sourceUrl, file);
    }, SLOW);
    afterAll(async () => {
      for (const name of names) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    });

    it(
      "brings back every row of the demo in a fresh database",
      async () => {
        expectFullDemo(original);
        await restoreServer(file, targetUrl);
        expect(await serverSnapshot(targetUrl)).toEqual(original);
      },
      SLOW,
    );

    it(
      "refuses to restore over tables without --force, and replaces them with it",
      async () => {
        const sql = postgres(sourceUrl, { max: 1, onnotice: () => {} });
        await sql`update users set name = name || ' (diubah)'`;
        await sql.end();
        const changed = await serverSnapshot(sourceUrl);
        expect(changed).not.toEqual(original);
        await expect(restoreServer(file, sourceUrl)).rejects.toMatchObject({ name: "BackupRefused", message: expect.stringContaining("--force") });
        expect(await serverSnapshot(sourceUrl)).toEqual(changed);
        await restoreServer(file, sourceUrl, { force: true });
        expect(await serverSnapshot(sourceUrl)).toEqual(original);
      },
      SLOW,
    );
  });
});
