import { defineConfig, type ReporterDescription } from "@playwright/test";
import base from "../../playwright.config";

// Started by tests/cluster/run.ts, which runs the servers and nginx and sets these.
const PUBLIC_URL = process.env.KAWAL_CLUSTER_PUBLIC_URL ?? "https://localhost:3532";

const reporter: ReporterDescription[] = [["list"]];
// .ci/run counts results from this file (a report of its own, beside npm test's).
if (process.env.PLAYWRIGHT_JSON_OUTPUT_FILE) reporter.push(["json"]);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/cluster",
  timeout: 90_000,
  forbidOnly: Boolean(process.env.CI),
  // One at a time: the journeys share the two servers and count e-mails and requests.
  workers: 1,
  retries: 0,
  reporter,
  use: {
    baseURL: PUBLIC_URL,
    // nginx's certificate is made for the run.
    ignoreHTTPSErrors: true,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  // The browser the other end-to-end tests use, found the same way.
  projects: [{ name: "cluster", use: { ...base.projects?.[0]?.use, ignoreHTTPSErrors: true } }],
});
