import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test, type Page } from "@playwright/test";
import { demo, loginAs } from "./support/auth";
import { watchPages } from "./support/axe";

// This journey runs a production server of its own on its own embedded database, so that it
// can kill it without disturbing the other journeys.
const dataDir = path.resolve("data", `e2e-crash-${process.pid}`);
// The demo logins are in this database: the production server needs to be told it is a demo.
const env = { ...process.env, KAWAL_DATA_DIR: dataDir, KAWAL_DEMO: "1" };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `next start` in a process group of its own, so that one signal reaches every process it starts. */
async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env,
    detached: true,
    stdio: "ignore",
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`http://localhost:${port}/login`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(200);
  return server;
}

function stopped(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(-server.pid!, signal);
  return exited;
}

/** Saves one month of one sector through the manual form; resolves when the server acknowledged it. */
async function saveMonth(page: Page, sectorIndex: number, month: string, active: number): Promise<{ sectorId: number; month: string; active: number }> {
  const sector = page.getByLabel("Sektor", { exact: true });
  await sector.selectOption({ index: sectorIndex });
  await page.getByLabel("Bulan", { exact: true }).fill(month);
  await page.getByLabel("Peserta baru").fill("1");
  await page.getByLabel("Peserta aktif").fill(String(active));
  const sectorId = Number(await sector.inputValue());
  await page.getByRole("button", { name: "Simpan realisasi" }).click();
  return { sectorId, month: `${month}-01`, active };
}

test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test("no acknowledged write is lost when the server is killed with SIGKILL mid-stream", async ({ browser }) => {
  test.slow();
  rmSync(dataDir, { recursive: true, force: true });
  expect(spawnSync("npx", ["tsx", "lib/cli.ts", "setup"], { env, stdio: "ignore" }).status).toBe(0);
  const port = await freePort();
  let server = await startServer(port);

  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  const watcher = watchPages(context);
  const page = await context.newPage();
  await loginAs(page, demo.reviewer);
  await page.goto("/realisations");

  const acknowledged: Array<{ sectorId: number; month: string; active: number }> = [];
  const months = ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"];
  for (let i = 0; i < 8; i++) {
    const write = await saveMonth(page, i % 3, months[Math.floor(i / 3)]!, 70_000 + i);
    // An answer re-mounts the form: the field typed in is empty again only once the server has spoken.
    await expect(page.getByLabel("Peserta aktif")).toHaveValue("");
    await expect(page.getByText("Realisasi tersimpan.")).toBeVisible();
    acknowledged.push(write);
  }
  await watcher.audit();
  // The ninth is on its way when the server dies: it may or may not be there, but none before it may go.
  await saveMonth(page, 8 % 3, months[2]!, 70_008);
  await stopped(server, "SIGKILL");
  await context.close();

  // The server comes back on the same folder, then stops cleanly so that the folder can be read here.
  server = await startServer(port);
  await stopped(server, "SIGTERM");
  const db = new PGlite(dataDir);
  try {
    const { rows } = await db.query<{ sector_id: number; month: string; active_participants: number }>(
      "select sector_id, to_char(month, 'YYYY-MM-DD') as month, active_participants from realisations where month >= '2025-06-01'",
    );
    for (const write of acknowledged) {
      expect(rows, `${write.month} of sector ${write.sectorId}`).toContainEqual({
        sector_id: write.sectorId,
        month: write.month,
        active_participants: write.active,
      });
    }
  } finally {
    await db.close();
  }
});
