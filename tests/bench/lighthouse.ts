/**
 * The browser side of the benchmark: Lighthouse (the npm package) in the system Chromium
 * (tests/support/chromium.ts: KAWAL_CHROMIUM_PATH, then the common paths, as the end-to-end
 * tests), one run per page against the production server the benchmark started. Logged-in pages
 * carry the session cookie in every request (extraHeaders). Desktop pages use Lighthouse's desktop
 * preset; a page marked `mobile` uses its default, a mid-range phone on a slow 4G line (simulated).
 * Budgets: performance at least 95, accessibility and best practices 100.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { findChromium } from "../support/chromium";

export const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, "best-practices": 100 } as const;
type Category = keyof typeof LIGHTHOUSE_BUDGET;
const CATEGORIES = Object.keys(LIGHTHOUSE_BUDGET) as Category[];

export interface LighthousePage {
  name: string;
  url: string;
  cookie?: string;
  mobile?: boolean;
}

export interface LighthouseRow {
  page: string;
  url: string;
  form: "desktop" | "mobile";
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest contentful paint and total blocking time as Lighthouse estimated them, in ms. */
  lcpMs: number;
  tbtMs: number;
  /** The audits that cost points in a category under its budget: what to fix. */
  missed: string[];
}

export async function runLighthouse(base: string, pages: LighthousePage[], log: (line: string) => void) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium("Lighthouse"),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
  });
  const rows: LighthouseRow[] = [];
  const failures: string[] = [];
  try {
    for (const page of pages) {
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        ...(page.cookie ? { extraHeaders: { cookie: page.cookie } } : {}),
      };
      const result = await lighthouse(`${base}${page.url}`, flags, page.mobile ? undefined : desktopConfig);
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const missed = CATEGORIES.filter((c) => score(c) < LIGHTHOUSE_BUDGET[c]).flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}/${ref.id}${lhr.audits[ref.id]?.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ""}`),
      );
      const row: LighthouseRow = {
        page: page.name,
        url: page.url,
        form: page.mobile ? "mobile" : "desktop",
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        missed,
      };
      rows.push(row);
      log(`  ${row.page} (${row.form}): performance ${row.performance}, accessibility ${row.accessibility}, best practices ${row.bestPractices}`);
      for (const c of CATEGORIES) {
        if (score(c) < LIGHTHOUSE_BUDGET[c])
          failures.push(`Lighthouse ${page.name} (${row.form}): ${c} ${score(c)} < ${LIGHTHOUSE_BUDGET[c]}: ${missed.filter((m) => m.startsWith(`${c}/`)).join(", ")}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return { rows, failures };
}
