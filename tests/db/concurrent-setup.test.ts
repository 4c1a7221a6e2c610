import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { describe, expect, it } from "vitest";

// Several servers run `npm start` at once after a deploy, and each migrates and grants first
// (lib/cli.ts). Without a lock one of them failed on "type already exists" and never served.
// PGlite serves one process only, so this is a PostgreSQL matter.

const serverUrl = process.env.TEST_DATABASE_URL;

function cli(command: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli.ts", command], {
      env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: randomBytes(32).toString("base64"), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.skipIf(!serverUrl)("servers starting at the same moment on PostgreSQL", () => {
  it("migrate and grant one after the other, all of them succeeding", { timeout: 60_000 }, async () => {
    const name = `kawal_test_${randomBytes(6).toString("hex")}`;
    const role = `${name}_app`;
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    try {
      const url = (user?: string) => {
        const u = new URL(serverUrl!);
        u.pathname = `/${name}`;
        if (user) {
          u.username = user;
          u.password = "";
        }
        return u.toString();
      };
      const env = { MIGRATION_DATABASE_URL: url(), DATABASE_URL: url(role) };
      const runs = await Promise.all([cli("migrate", env), cli("migrate", env), cli("seed", env)]);
      for (const run of runs) expect(run.code, run.output).toBe(0);
      const db = postgres(url(), { max: 1, onnotice: () => {} });
      try {
        const [users] = await db`select count(*)::int as n from users`;
        expect(users!.n).toBeGreaterThan(0);
        const [grant] = await db`select has_table_privilege(${role}, 'action_items', 'insert') as ok`;
        expect(grant!.ok).toBe(true);
      } finally {
        await db.end();
      }
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.unsafe(`drop role if exists ${role}`);
      await admin.end();
    }
  });
});
