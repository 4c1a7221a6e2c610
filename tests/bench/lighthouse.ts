/**
 * The browser side of the benchmark: Lighthouse (the npm package) in the system Chromium
 * (tests/support/chromium.ts: KAWAL_CHROMIUM_PATH, then the common paths, as the end-to-end
 * tests), one run per page against the production server the benchmark started. Logged-in pages
 * carry the session cookie in every request (extraHeaders). Desktop pages use Lighthouse's desktop
 * preset; a page marked `mobile` uses its default, a mid-range phone on a slow 4G line (simulated).
 * Budgets: performance at least 95, accessibility and best practices 100. Lighthouse itself runs
 * in plain Node (tests/bench/lighthouse-run.mjs), one Chromium for all pages.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
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

interface Report {
  url: string;
  scores: Record<Category, { score: number; refs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; displayValue?: string; numericValue?: number }>;
}

export async function runLighthouse(base: string, pages: LighthousePage[], log: (line: string) => void) {
  const input = JSON.stringify({ base, chromePath: findChromium("Lighthouse"), categories: CATEGORIES, pages });
  const run = spawnSync(process.execPath, [path.resolve("tests/bench/lighthouse-run.mjs")], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`Lighthouse failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const reports = run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Report);
  const rows: LighthouseRow[] = [];
  const failures: string[] = [];
  pages.forEach((page, i) => {
    const report = reports[i]!;
    const score = (c: Category) => Math.round(report.scores[c].score * 100);
    const missed = CATEGORIES.filter((c) => score(c) < LIGHTHOUSE_BUDGET[c]).flatMap((c) =>
      report.scores[c].refs
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id}${report.audits[ref.id]?.displayValue ? ` (${report.audits[ref.id]!.displayValue})` : ""}`),
    );
    const row: LighthouseRow = {
      page: page.name,
      url: page.url,
      form: page.mobile ? "mobile" : "desktop",
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
      missed,
    };
    rows.push(row);
    log(`  ${row.page} (${row.form}): performance ${row.performance}, accessibility ${row.accessibility}, best practices ${row.bestPractices}`);
    for (const c of CATEGORIES) {
      if (score(c) < LIGHTHOUSE_BUDGET[c])
        failures.push(
          `Lighthouse ${page.name} (${row.form}): ${c} ${score(c)} < ${LIGHTHOUSE_BUDGET[c]}: ${missed.filter((m) => m.startsWith(`${c}/`)).join(", ")}`,
        );
    }
  });
  return { rows, failures };
}
