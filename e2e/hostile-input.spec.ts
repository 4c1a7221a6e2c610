import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { DEMO_PASSWORD, expect, test } from "./fixtures";

/**
 * Generated hostile input against every server action and route handler of the production
 * build, on a server and database of its own (the calls change demo data at random). The
 * actions and handlers are discovered from the build and the code, so a new one is fuzzed
 * without an entry here. KAWAL_FUZZ_RUNS raises the number of calls (10,000 for a long run).
 */
const PORT = Number(process.env.KAWAL_FUZZ_PORT ?? 3298);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.KAWAL_FUZZ_RUNS ?? 1200);
// Playwright runs from the project root, where its config is.
const ROOT = process.cwd();

// One worker runs the file in order: the server and its data folder exist once.
test.describe.configure({ mode: "default", timeout: 15 * 60_000 });

let server: ChildProcess | undefined;
const sessions: APIRequestContext[] = [];

/** Each server action with the page it is posted to, from the build's manifest. */
function serverActions(): Array<{ id: string; name: string; url: string }> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? id, url: routeOf(Object.keys(entry.workers)[0]!) }));
}

/** app/(portal)/meetings/[id]/page -> /meetings/1 */
function routeOf(worker: string): string {
  const parts = worker
    .replace(/^app\//, "")
    .replace(/\/?(page|route)$/, "")
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.map((p) => (/^\[.*\]$/.test(p) ? "1" : p)).join("/")}`;
}

/** Every route handler under app/api, except Auth.js's own. */
function routeHandlers(dir = path.join(ROOT, "app/api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "auth" ? [] : routeHandlers(full);
    return entry.name === "route.ts" ? [path.relative(path.join(ROOT, "app"), dir)] : [];
  });
}

/** The names of the fields the forms send, read from the components. */
function fieldNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".tsx")) for (const m of readFileSync(full, "utf8").matchAll(/name="([a-zA-Z]+)"/g)) names.add(m[1]!);
    }
  };
  walk(path.join(ROOT, "components"));
  return [...names];
}

const hostile = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "0",
    "1",
    "2",
    "-1",
    " 7 ",
    "+1",
    "0x10",
    "1e3",
    "07",
    "2147483648",
    "99999999999999999999",
    "NaN",
    "Infinity",
    "null",
    "true",
    "2025-02-30",
    "0000-01-01",
    "9999-12-31",
    "2025-13-01",
    "25:61",
    "javascript:alert(1)",
    "a\u0000b",
    "\u0000",
    "\u202e",
    "'; drop table users; --",
    "<script>alert(1)</script>",
    "%00",
    "../../etc/passwd",
    "x".repeat(6000),
    "verify",
    "return",
    "present",
    "represented",
    "blocked",
    "done",
    "all",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: -5, max: 3_000_000_000 }).map(String),
);

async function signIn(email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: BASE });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(answer.status(), `signing in ${email}`).toBe(302);
  return context;
}

test.beforeAll(async () => {
  const env = { ...process.env, KAWAL_DATA_DIR: "data/e2e-fuzz", KAWAL_DEMO: "1" };
  spawnSync("rm", ["-rf", "data/e2e-fuzz"], { cwd: ROOT });
  const setup = spawnSync("npm", ["run", "db:setup"], { cwd: ROOT, env, encoding: "utf8" });
  expect(setup.status, setup.stderr).toBe(0);
  server = spawn("npx", ["next", "start", "-p", String(PORT)], { cwd: ROOT, env, stdio: "ignore", detached: true });
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${BASE}/login`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  sessions.push(await signIn("admin@sinjai.demo"), await signIn("kesra@sinjai.demo"), await signIn("sekretariat@sinjai.demo"));
});

test.afterAll(async () => {
  await Promise.all(sessions.map((s) => s.dispose()));
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("generated form bodies never make a server action fail with a 500", async () => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(20);
  const names = fieldNames();
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...actions),
      fc.nat({ max: sessions.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom(...names), hostile), { maxLength: 12 }),
      async (action, who, fields) => {
        // What React sends for useActionState(action): the previous state, then the form.
        const multipart: Record<string, string> = { "0": JSON.stringify([{ ok: true }, "$K1"]) };
        for (const [name, value] of fields) multipart[`1_${name}`] = value;
        const response = await sessions[who]!.post(action.url, {
          headers: { "Next-Action": action.id, Accept: "text/x-component" },
          multipart,
          maxRedirects: 0,
        });
        if (response.status() >= 500) failures.push(`${action.name} ${JSON.stringify(fields).slice(0, 300)} -> ${response.status()}`);
      },
    ),
    { numRuns: RUNS },
  );
  // Every failure, not only the first, so that one run shows all that is left to fix.
  expect(failures).toEqual([]);
});

test("bodies React never sends are refused with 400, not 500", async () => {
  const [action] = serverActions().filter((a) => a.name === "markNotificationsRead");
  for (const body of ["", "null", '"x"', "{garbage", JSON.stringify(Array.from({ length: 1001 }, (_, i) => i))]) {
    const response = await sessions[0]!.post(action!.url, { headers: { "Next-Action": action!.id, "Content-Type": "text/plain;charset=UTF-8" }, data: body });
    expect(response.status(), `body ${body.slice(0, 20)}`).toBe(400);
  }
});

test("generated ids and query strings never make a route handler fail with a 500", async () => {
  const handlers = routeHandlers();
  const failures: string[] = [];
  expect(handlers.length).toBeGreaterThan(3);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...handlers),
      fc.nat({ max: sessions.length - 1 }),
      hostile,
      fc.array(fc.tuple(fc.constantFrom("period", "from", "to", "q", "locale"), hostile), { maxLength: 4 }),
      async (handler, who, id, query) => {
        const url = `/${handler.replace(/\[[^\]]+\]/g, encodeURIComponent(id))}?${new URLSearchParams(query).toString()}`;
        const response = await sessions[who]!.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`GET ${url} -> ${response.status()}`);
      },
    ),
    { numRuns: Math.max(200, Math.round(RUNS / 4)) },
  );
  expect(failures).toEqual([]);
});
