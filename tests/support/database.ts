import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { setProcessTenants } from "@/lib/tenancy/context";
import { forgetTenants } from "@/lib/tenancy/resolve";

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (created here, dropped in `close`).
 * It becomes the process-wide database that lib/ queries use.
 */
export async function freshDatabase({ seed = false } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const name = `kawal_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = openDatabase({ url: url.toString() });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    handle = openDatabase({ dataDir: "memory" });
  }
  await handle.migrate();
  // The migration makes the first tenant (id 1): statements of a test run in it unless the test
  // says otherwise (withTenants).
  setProcessTenants([1]);
  forgetTenants();
  (globalThis as unknown as { kawalDb?: DatabaseHandle }).kawalDb = handle;
  if (seed) await seedDemo(handle);
  const close = handle.close;
  return {
    ...handle,
    close: async () => {
      await close();
      await drop?.();
    },
  };
}
