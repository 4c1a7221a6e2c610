import { defineConfig, devices, type ReporterDescription } from "@playwright/test";
import { findChromium } from "./tests/support/chromium";

// Another port lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.KAWAL_E2E_PORT ?? 3210);
// Auth.js builds its callback URLs from the host: 127.0.0.1 would send logins back to "/".
const BASE_URL = `http://localhost:${PORT}`;
const CI = Boolean(process.env.CI);

const reporter: ReporterDescription[] = [["list"], ["html", { open: "never" }]];
// .ci/run counts results from this file; a local run does not need it.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_FILE) reporter.push(["json"]);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  // Room for the accessibility audit that ends every journey.
  timeout: 90_000,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter,
  use: {
    baseURL: BASE_URL,
    screenshot: "on",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: findChromium(),
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    // A fresh embedded database per run, migrated and seeded before the app opens it
    // (PGlite has no lock across processes). The production build is made by `npm run test:e2e`.
    // KAWAL_DEMO=1: the journeys sign in with the demo logins, which a production server refuses otherwise.
    // KAWAL_DEFAULT_TENANT: e2e/rollup.spec.ts adds a regency, after which plain URLs need a named default.
    command: `rm -rf data/e2e && KAWAL_DATA_DIR=data/e2e npm run db:setup && KAWAL_DEMO=1 KAWAL_DEFAULT_TENANT=sinjai KAWAL_DATA_DIR=data/e2e npm run serve -- -p ${PORT}`,
    url: `${BASE_URL}/login`,
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
