import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const COMMON_CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

const INSTALL_HELP = [
  "Install one of:",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium",
  "  Playwright's:   npx playwright install chromium",
  "or point KAWAL_CHROMIUM_PATH at a Chromium or Chrome executable.",
].join("\n");

/** The browser to drive: one named by the environment, else a system one, else Playwright's own. */
export function findChromium(purpose = "the end-to-end tests"): string {
  const fromEnv = process.env.KAWAL_CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`KAWAL_CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n${INSTALL_HELP}`);
  }
  const system = COMMON_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  if (system) return system;
  let downloaded: string | undefined;
  try {
    downloaded = chromium.executablePath();
  } catch {
    downloaded = undefined;
  }
  if (downloaded && existsSync(downloaded)) return downloaded;
  const looked = [...COMMON_CHROMIUM_PATHS, downloaded ?? "Playwright's download"].join(", ");
  throw new Error(`No Chromium found for ${purpose} (looked in ${looked}).\n${INSTALL_HELP}`);
}
