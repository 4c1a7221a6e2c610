import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import type { APIResponse, Page } from "@playwright/test";
import { SERVER_ONLY_ENV_NAMES } from "../lib/env";
import { demo, expect, loginAs, test } from "./fixtures";
import { DEMO_MEETING, meetingList } from "./support/pages";

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Asserts the headers every response of the app carries; returns the page's script nonce. */
function expectSecurityHeaders(response: APIResponse, what: string): string {
  const headers = response.headers();
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"], `${what}: Cross-Origin-Opener-Policy`).toBe("same-origin");
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"])
    expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain(feature);
  // The tests talk plain http to localhost, where HSTS would be wrong.
  expect(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();

  const csp = directives(headers["content-security-policy"] ?? "");
  expect(csp.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-eval'");
  const nonce = scripts.find((source) => /^'nonce-[A-Za-z0-9+/]{22}==?'$/.test(source));
  expect(nonce, `${what}: a nonce in script-src (${scripts.join(" ")})`).toBeDefined();
  return nonce!;
}

test("pages, downloads, 404s and static files carry the security headers", async ({ page }) => {
  const login = await page.request.get("/login");
  expect(login.status()).toBe(200);
  const loginNonce = expectSecurityHeaders(login, "the login page");
  expect(await login.text(), "Next's scripts carry the response's nonce").toContain(`nonce="${loginNonce.slice(7, -1)}"`);
  expect(expectSecurityHeaders(await page.request.get("/login"), "the login page again"), "a new nonce per response").not.toBe(loginNonce);

  const signedOut = await page.request.get("/meetings", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expectSecurityHeaders(signedOut, "the redirect to the login page");

  await loginAs(page, demo.viewer);
  const dashboard = await page.request.get("/dashboard");
  expect(dashboard.status()).toBe(200);
  expectSecurityHeaders(dashboard, "a portal page");

  const xlsx = await page.request.get("/api/dashboard.xlsx");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toMatch(/^attachment/);
  expectSecurityHeaders(xlsx, "an export");
  expect(directives(xlsx.headers()["content-security-policy"] ?? "").has("sandbox"), "a download is sandboxed").toBe(true);

  const missing = await page.request.get("/halaman-yang-tidak-ada");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "a 404 page");

  const auth = await page.request.get("/api/auth/session");
  expectSecurityHeaders(auth, "Auth.js's endpoint");

  // Static files run no script: a fixed policy from next.config.ts that allows nothing.
  const stylesheet = (await login.text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
  expect(stylesheet, "the login page links a stylesheet").toBeDefined();
  for (const file of [stylesheet!, "/icon.svg", "/_next/static/chunks/tidak-ada.js"]) {
    const response = await page.request.get(file);
    const headers = response.headers();
    expect(headers["x-content-type-options"], `${file}: nosniff`).toBe("nosniff");
    expect(headers["cross-origin-opener-policy"], `${file}: COOP`).toBe("same-origin");
    expect(directives(headers["content-security-policy"] ?? "").get("frame-ancestors"), `${file}: frame-ancestors`).toEqual(["'none'"]);
  }
});

test("HSTS and upgrade-insecure-requests are sent only to browsers that came over HTTPS", async ({ request }) => {
  const viaTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8}/);
  expect(directives(viaTls.headers()["content-security-policy"] ?? "").has("upgrade-insecure-requests")).toBe(true);
  const plain = await request.get("/login");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(directives(plain.headers()["content-security-policy"] ?? "").has("upgrade-insecure-requests")).toBe(false);
});

/** Collects what Chromium reports about the Content-Security-Policy while the page is used. */
function watchPolicyViolations(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => reports.push(`${page.url()}: ${error.message}`));
  return reports;
}

/** React took over the server's HTML, which needs every script the policy has to allow. */
async function expectHydrated(page: Page, where: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document).some((key) => key.startsWith("__reactContainer"))), { message: `${where} is hydrated` })
    .toBe(true);
}

const mainPages = [
  { role: "admin", email: demo.admin, paths: ["/", "/admin/users", "/admin/agencies"] },
  { role: "secretariat", email: demo.secretariat, paths: ["/", "/meetings", "/meetings/new", "/actions"] },
  { role: "agency head", email: demo.agencyHead, paths: ["/", "/actions", "/notifications"] },
  { role: "reviewer", email: demo.reviewer, paths: ["/", "/review"] },
  { role: "viewer", email: demo.viewer, paths: ["/", "/dashboard", "/targets", "/realisations"] },
] as const;

test("the login page runs under the policy", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  await page.goto("/login");
  await expectHydrated(page, "/login");
  expect(violations).toEqual([]);
});

for (const { role, email, paths } of mainPages) {
  test(`the ${role}'s main pages run under the policy`, async ({ page }) => {
    const violations = watchPolicyViolations(page);
    await loginAs(page, email);
    for (const address of paths) {
      await page.goto(address);
      await expectHydrated(page, address);
    }
    // A client-side navigation loads more of Next's chunks under the same policy.
    await page.goto("/meetings");
    await meetingList(page)
      .getByRole("link", { name: new RegExp(DEMO_MEETING) })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(DEMO_MEETING) })).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test("the browser bundle holds neither the session secret nor the server's variable names", () => {
  // The same files `next build` read, so the value checked is the one the build saw.
  loadEnvConfig(process.cwd(), false);
  const secret = process.env.AUTH_SECRET;
  const root = path.join(process.cwd(), ".next", "static");
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.length, "a production build in .next/static").toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const file of files) {
    const name = path.join(file.parentPath, file.name);
    const text = readFileSync(name, "latin1");
    if (secret && text.includes(secret)) leaks.push(`${name}: the AUTH_SECRET value`);
    for (const variable of SERVER_ONLY_ENV_NAMES) if (text.includes(variable)) leaks.push(`${name}: ${variable}`);
  }
  expect(leaks).toEqual([]);
});
