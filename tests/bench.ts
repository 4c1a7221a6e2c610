/**
 * `npm run bench [-- --scale small|ten-year|province] [--duration 10] [--skip-build] [--ci] [--no-lighthouse] [--json file] [--compare dir]`
 *
 * Fills a database with generated data (tests/bench/dataset.ts: SQL-side, on top of the demo
 * seed), builds and starts the production server as production starts it (`npm run serve`, with
 * its heap cap) on port 3513 (KAWAL_BENCH_PORT), signs in one demo login per role and measures
 * every main page: one client alone (median), then 10 concurrent clients with autocannon, each
 * page right after the login page (which touches no database) so the ratio to that ceiling holds
 * on a noisy machine. The deep page of the action list is the one a user reaches by its "next"
 * link (keyset, `after=`). Then Lighthouse (tests/bench/lighthouse.ts) on the login page, each
 * role's home, the dashboard, a meeting, the agency head's actions and the account page on a
 * phone, and the heap of the largest XLSX imports under the server's heap cap
 * (tests/bench/import-heap.ts). It prints tables, writes JSON (bench-results.json) and exits
 * non-zero when a budget is missed. Budgets: SQL statements per page, HTML bytes (RSC payload
 * included), first-load JavaScript and libraries per route, Lighthouse scores, the imports' heap,
 * and — unless `--ci`, which checks only what does not depend on the load (and runs Lighthouse
 * on four pages) — throughput against the ceiling, p95, the single-client median and the
 * server's resident memory, sampled during the load and after it.
 *
 * PostgreSQL: set BENCH_DATABASE_URL to a server URL (a database `kawal_bench_<pid>` is made for
 * the run and dropped at its end, unless --keep-database);
 * without it the data goes to an embedded PGlite folder (data/bench).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "../db/client";
import { seedDemo } from "../db/seed/demo";
import { DEMO_PASSWORD } from "../db/seed/logins";
import { bundleFailures, routeBundles } from "./bench/bundles";
import { generate, SCALES, type Scale } from "./bench/dataset";
import { importHeap } from "./bench/import-heap";
import { runLighthouse, type LighthousePage } from "./bench/lighthouse";

// autocannon reports p50, p90, p97.5 and p99 (no p95): the p95 budget is checked against p97.5, which is stricter.
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
}
const autocannon = createRequire(import.meta.url)("autocannon") as (opts: object) => Promise<CannonResult>;

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = (arg("scale") ?? "ten-year") as Scale;
if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
const ci = args.includes("--ci");
const duration = Number(arg("duration") ?? (ci ? 1 : 10));
const PORT = Number(process.env.KAWAL_BENCH_PORT ?? 3513);
const BASE = `http://localhost:${PORT}`;
const countFile = path.resolve("data", "bench-sql-count");
const BUDGET = { sqlPerPage: 10, htmlBytes: 200_000, ratio: 0.4, p95Ms: 250, medianMs: 50, rssMb: 400 };

const benchDatabase = `kawal_bench_${process.pid}`;
const log = (line: string) => console.log(line);

/** Drops this run's database (BENCH_DATABASE_URL), after the servers that used it have stopped. */
async function dropBenchDatabase() {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server || args.includes("--keep-database")) return;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${benchDatabase} with (force)`);
  } finally {
    await admin.end();
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function prepareDatabase(): Promise<Record<"DATABASE_URL" | "KAWAL_DATA_DIR" | "meeting" | "action" | "sector", string>> {
  const server = process.env.BENCH_DATABASE_URL;
  let url: string | undefined;
  if (server) {
    // A database of this run's own (created here, dropped at the end unless --keep-database):
    // nothing else on the server is touched, and two runs never share one.
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${benchDatabase}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${benchDatabase}`;
    url = u.toString();
  } else rmSync(path.resolve("data", "bench"), { recursive: true, force: true });
  const handle = openDatabase({ url, dataDir: path.resolve("data", "bench") });
  const t0 = Date.now();
  await handle.migrate();
  await seedDemo(handle);
  log(`Generating the ${scale} dataset (${handle.kind})…`);
  await generate(handle.owner, scale, log);
  const counts = await handle.owner
    .execute(sql`select (select count(*) from tenants) regencies, (select count(*) from meetings) meetings, (select count(*) from action_items) actions,
    (select count(*) from action_steps) steps, (select count(*) from history) history, (select count(*) from notifications) notifications`);
  log(`Filled in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify((Array.isArray(counts) ? counts : (counts as { rows: unknown[] }).rows)[0])}`);
  const ids = async (query: ReturnType<typeof sql>) => {
    const r = await handle.owner.execute(query);
    return ((Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0] ?? {}) as Record<string, number>;
  };
  const kesra = await ids(sql`select id from agencies where code = 'KESRA' and tenant_id = (select min(id) from tenants)`);
  const picked = await ids(sql`select
    (select max(m.id) from meetings m join attendees a on a.meeting_id = m.id where a.agency_id = ${kesra.id}) meeting,
    (select max(id) from action_items where owner_agency_id = ${kesra.id}) action,
    (select min(id) from sectors) sector`);
  await handle.close();
  return {
    DATABASE_URL: url ?? "",
    KAWAL_DATA_DIR: url ? "" : path.resolve("data", "bench"),
    meeting: String(picked.meeting),
    action: String(picked.action),
    sector: String(picked.sector),
  };
}

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/" }),
  });
  const session = (answer.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]).find((c) => c!.includes("session-token"));
  if (!session) throw new Error(`Signing in ${email} failed: ${answer.status} ${answer.headers.get("location")}`);
  return `${jar}; ${session}`;
}

const statements = () => {
  try {
    return Number(readFileSync(countFile, "utf8"));
  } catch {
    return 0;
  }
};

async function single(url: string, cookie: string, base = BASE) {
  const times: number[] = [];
  let bytes = 0;
  let sqlCount = 0;
  for (let i = 0; i < (ci ? 3 : 15); i++) {
    const before = statements();
    const t0 = performance.now();
    const response = await fetch(`${base}${url}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    times.push(performance.now() - t0);
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    bytes = Buffer.byteLength(body);
    await sleep(150);
    sqlCount = statements() - before;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, htmlBytes: bytes, sql: sqlCount };
}

const load = (url: string, cookie: string, base = BASE) => autocannon({ url: `${base}${url}`, connections: 10, duration, headers: { cookie } });

/** The resident memory of the largest process under `pid` (npm, its shell, the node server), in MB. */
function rssMb(pid: number): number {
  const table = spawnSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" }).stdout;
  const procs = table
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((p) => p.length === 3);
  const tree = new Set([pid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [child, parent] of procs) {
      if (tree.has(parent!) && !tree.has(child!)) {
        tree.add(child!);
        grown = true;
      }
    }
  }
  return Math.max(0, ...procs.filter(([p]) => tree.has(p!)).map(([, , rss]) => rss!)) / 1024;
}

/** Samples the server's resident memory every 250 ms until stopped; returns the highest seen. */
function rssSampler(pid: number) {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/**
 * Two agency heads of different agencies, asked in turns of the same server process: each home
 * page names its own agency only, and their action lists differ (no cache serves one to the other).
 */
async function isolation(kesra: string, bkad: string): Promise<string[]> {
  const failures: string[] = [];
  const get = async (url: string, cookie: string) => (await fetch(`${BASE}${url}`, { headers: { cookie } })).text();
  const ids = (html: string) => [...new Set([...html.matchAll(/href="\/actions\/(\d+)"/g)].map((m) => m[1]))].sort().join(",");
  for (let round = 0; round < 3; round++) {
    const [a, b] = await Promise.all([get("/", kesra), get("/", bkad)]);
    const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
    if (heading(a) === heading(b) || !heading(a).includes("Kesra"))
      failures.push(`isolation: the agency heads' home pages are headed "${heading(a)}" and "${heading(b)}"`);
    const [la, lb] = await Promise.all([get("/actions", kesra), get("/actions", bkad)]);
    if (ids(la) === ids(lb)) failures.push("isolation: two agency heads of different agencies got the same action list");
  }
  log(failures.length ? "Isolation between agencies: FAILED" : "Isolation between agencies: each agency head sees their own home page and action list.");
  return failures;
}

/**
 * The deep page of the action list as users reach it: a page number typed in (OFFSET) shows its
 * "next" link, which carries the key of its last row (`after=`); that link, the one a user clicks
 * on, is what is measured (the list starts at an index lookup on the key).
 */
async function deepActionPage(cookie: string): Promise<string> {
  const typed = Math.max(1, Math.floor(((SCALES[scale].meetings * SCALES[scale].actionsPerMeeting) / 20) * 0.9));
  const html = await (await fetch(`${BASE}/actions?page=${typed}`, { headers: { cookie } })).text();
  const link = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes('rel="next"'));
  const next = link && /href="([^"]+)"/.exec(link)?.[1]?.replaceAll("&amp;", "&");
  if (!next?.includes("after=")) throw new Error(`/actions?page=${typed} has no next link with a key`);
  return next;
}

/**
 * Lighthouse's pages: the login page, each role's home, the dashboard, a meeting, the agency
 * head's own actions, and the account page on a phone. Under `--ci` four of them (one run each,
 * about a minute): the login page, the agency head's home and actions, the phone.
 */
function lighthousePages(cookies: Record<"admin" | "secretariat" | "agencyHead" | "reviewer" | "viewer", string>, meeting: string): LighthousePage[] {
  const pages: Array<LighthousePage & { ci?: boolean }> = [
    { name: "login", url: "/login", ci: true },
    { name: "home, admin", url: "/", cookie: cookies.admin },
    { name: "home, secretariat", url: "/", cookie: cookies.secretariat },
    { name: "home, agency head", url: "/", cookie: cookies.agencyHead, ci: true },
    { name: "home, reviewer", url: "/", cookie: cookies.reviewer },
    { name: "home, viewer", url: "/", cookie: cookies.viewer },
    { name: "dashboard", url: "/dashboard", cookie: cookies.viewer },
    { name: "meeting", url: `/meetings/${meeting}`, cookie: cookies.agencyHead },
    { name: "my actions", url: "/actions", cookie: cookies.agencyHead, ci: true },
    { name: "profile", url: "/account", cookie: cookies.agencyHead, mobile: true, ci: true },
  ];
  return pages.filter((p) => !ci || p.ci).map((p) => ({ name: p.name, url: p.url, cookie: p.cookie, mobile: p.mobile }));
}

async function main() {
  mkdirSync(path.resolve("data"), { recursive: true });
  const db = await prepareDatabase();
  if (!args.includes("--skip-build")) {
    log("Building…");
    if (spawnSync("npx", ["next", "build"], { stdio: "ignore" }).status !== 0) throw new Error("next build failed");
  }
  const bundles = routeBundles();
  rmSync(countFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    KAWAL_DEMO: "1",
    KAWAL_SQL_COUNT_FILE: countFile,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0",
    DATABASE_URL: db.DATABASE_URL,
    KAWAL_DATA_DIR: db.KAWAL_DATA_DIR,
  };
  // Started as production starts it (`npm run serve`: next start with the heap cap), in a process
  // group of its own so that stopping it stops npm's node child too.
  const server: ChildProcess = spawn("npm", ["run", "--silent", "serve", "--", "-p", String(PORT)], { env, stdio: "ignore", detached: true });
  // --compare DIR: another checkout, built, served on the next port from the same database, and
  // measured in the same run right after this one (e.g. the main branch, for before and after).
  const compareDir = arg("compare");
  const other = compareDir
    ? spawn(process.execPath, [path.join(compareDir, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT + 1)], {
        cwd: compareDir,
        env: { ...env, KAWAL_SQL_COUNT_FILE: "" },
        stdio: "ignore",
      })
    : null;
  const OTHER = `http://localhost:${PORT + 1}`;
  // The server's process group does not get the terminal's Ctrl-C: stop it here, and drop the run's database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      process.kill(-server.pid!, "SIGTERM");
      other?.kill();
      void dropBenchDatabase()
        .catch(() => {})
        .finally(() => process.exit(130));
    });
  }
  try {
    for (const base of other ? [BASE, OTHER] : [BASE]) {
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`${base}/login`)).ok) break;
        } catch {
          /* not up yet */
        }
        if (i > 120) throw new Error(`the server at ${base} did not start`);
        await sleep(500);
      }
    }
    const rssBefore = rssMb(server.pid!);
    const cookies = {
      admin: await signIn("admin@sinjai.demo"),
      secretariat: await signIn("sekretariat@sinjai.demo"),
      agencyHead: await signIn("kesra@sinjai.demo"),
      reviewer: await signIn("bpjs@sinjai.demo"),
      viewer: await signIn("sekda@sinjai.demo"),
    };
    const failures: string[] = [...bundleFailures(bundles), ...(await isolation(cookies.agencyHead, await signIn("bkad@sinjai.demo")))];
    const deepPage = await deepActionPage(cookies.secretariat);
    const pages: Array<[string, keyof typeof cookies, string]> = [
      ["home, secretariat", "secretariat", "/"],
      ["home, agency head", "agencyHead", "/"],
      ["home, reviewer", "reviewer", "/"],
      ["home, viewer", "viewer", "/"],
      ["meetings, filter", "secretariat", "/meetings?type=monev"],
      ["meetings, search", "secretariat", "/meetings?q=cakupan"],
      ["meeting", "agencyHead", `/meetings/${db.meeting}`],
      ["actions, table", "secretariat", "/actions"],
      ["actions, board", "secretariat", "/actions?view=board"],
      ["actions, deep page", "secretariat", deepPage],
      ["actions, agency head", "agencyHead", "/actions"],
      ["action", "agencyHead", `/actions/${db.action}`],
      ["review queue", "reviewer", "/review"],
      ["dashboard", "viewer", "/dashboard"],
      ["targets", "secretariat", "/targets"],
      ["realisations", "reviewer", "/realisations"],
      ["sector", "viewer", `/sectors/${db.sector}`],
      ["notifications", "agencyHead", "/notifications"],
      ["admin users", "admin", "/admin/users"],
    ];
    const rows: Array<Record<string, string | number>> = [];
    const memory = rssSampler(server.pid!);
    for (const [name, role, url] of pages) {
      const one = await single(url, cookies[role]);
      const row: Record<string, string | number> = {
        page: name,
        url,
        sql: one.sql,
        htmlKB: +(one.htmlBytes / 1000).toFixed(1),
        medianMs: +one.medianMs.toFixed(1),
      };
      if (one.sql > BUDGET.sqlPerPage) failures.push(`${name}: ${one.sql} SQL statements > ${BUDGET.sqlPerPage}`);
      if (one.htmlBytes > BUDGET.htmlBytes) failures.push(`${name}: ${one.htmlBytes} bytes of HTML > ${BUDGET.htmlBytes}`);
      if (duration > 0) {
        const ceiling = await load("/login", "");
        const measured = await load(url, cookies[role]);
        Object.assign(row, {
          reqPerS: +measured.requests.average.toFixed(1),
          loginReqPerS: +ceiling.requests.average.toFixed(1),
          ratio: +(measured.requests.average / ceiling.requests.average).toFixed(2),
          p50: measured.latency.p50,
          p97_5: measured.latency.p97_5,
          p99: measured.latency.p99,
          errors: measured.non2xx + measured.errors,
        });
        if (!ci) {
          if (Number(row.ratio) < BUDGET.ratio) failures.push(`${name}: ${row.reqPerS} req/s is ${row.ratio} of the login page's, < ${BUDGET.ratio}`);
          if (Number(row.p97_5) > BUDGET.p95Ms) failures.push(`${name}: p97.5 ${row.p97_5} ms > ${BUDGET.p95Ms} (p95 budget)`);
          if (one.medianMs > BUDGET.medianMs) failures.push(`${name}: median ${one.medianMs.toFixed(0)} ms alone > ${BUDGET.medianMs}`);
          if (Number(row.errors) > 0) failures.push(`${name}: ${row.errors} failed responses under load`);
        }
      }
      if (other) {
        const before = await single(url, cookies[role], OTHER);
        Object.assign(row, { otherHtmlKB: +(before.htmlBytes / 1000).toFixed(1), otherMedianMs: +before.medianMs.toFixed(1) });
        if (duration > 0) {
          const measured = await load(url, cookies[role], OTHER);
          Object.assign(row, {
            otherReqPerS: +measured.requests.average.toFixed(1),
            otherRatio: +(measured.requests.average / Number(row.loginReqPerS)).toFixed(2),
            otherP97_5: measured.latency.p97_5,
          });
        }
      }
      rows.push(row);
      log(Object.values(row).join("  "));
    }
    memory.stop();
    const rssPeak = memory.peak();
    const rssAfter = rssMb(server.pid!);
    await sleep(2000);
    const rssSettled = rssMb(server.pid!);
    if (!ci && duration > 0) {
      if (rssPeak > BUDGET.rssMb) failures.push(`server resident memory ${rssPeak.toFixed(0)} MB during the load > ${BUDGET.rssMb}`);
      if (Math.max(rssAfter, rssSettled) > BUDGET.rssMb)
        failures.push(`server resident memory ${Math.max(rssAfter, rssSettled).toFixed(0)} MB after the load > ${BUDGET.rssMb}`);
    }
    const lighthouse = args.includes("--no-lighthouse") ? { rows: [], failures: [] } : await runLighthouse(BASE, lighthousePages(cookies, db.meeting), log);
    failures.push(...lighthouse.failures);
    const imports = await importHeap(log);
    failures.push(...imports.failures);
    console.log();
    console.table(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "url"))));
    if (lighthouse.rows.length) console.table(lighthouse.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "url" && k !== "missed"))));
    log(
      `Server RSS: ${rssBefore.toFixed(0)} MB at start, ${rssPeak.toFixed(0)} MB at most during the load, ${rssAfter.toFixed(0)} MB after it, ${rssSettled.toFixed(0)} MB 2 s later.`,
    );
    log(
      `First-load JS (brotli), largest: ${bundles
        .sort((a, b) => b.compressedBytes - a.compressedBytes)
        .slice(0, 3)
        .map((b) => `${b.route} ${(b.compressedBytes / 1024).toFixed(1)} kB`)
        .join(", ")}`,
    );
    const out = arg("json") ?? "bench-results.json";
    writeFileSync(
      out,
      JSON.stringify(
        {
          scale,
          duration,
          when: new Date().toISOString(),
          cpus: (await import("node:os")).cpus().length,
          budgets: BUDGET,
          pages: rows,
          rss: { start: rssBefore, peakDuringLoad: rssPeak, afterLoad: rssAfter, settled: rssSettled },
          lighthouse: lighthouse.rows,
          imports: imports.result,
          bundles: bundles.map((b) => ({ route: b.route, compressedBytes: b.compressedBytes, libraries: b.libraries })),
          failures,
        },
        null,
        2,
      ),
    );
    log(`Wrote ${out}.`);
    for (const f of failures) log(`BUDGET MISSED  ${f}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    other?.kill();
    await Promise.all([server, ...(other ? [other] : [])].map((p) => (p.exitCode !== null ? null : new Promise((r) => p.once("exit", r)))));
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() =>
    dropBenchDatabase().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    }),
  );
