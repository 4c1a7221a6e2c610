import { expect, test } from "@playwright/test";
import { demo } from "../../e2e/support/auth";
import { LoginPage } from "../../e2e/support/pages";
import { accessLog, client, FIRST, PUBLIC_URL, SECOND, SESSION_COOKIE, signInAt } from "./support";

const port = (url: string) => new URL(url).port;

test("nginx spreads requests over both servers, with no stickiness", async () => {
  const visitor = await client();
  try {
    const before = accessLog().length;
    for (let i = 0; i < 6; i++) expect((await visitor.get(`${PUBLIC_URL}/login`)).status()).toBe(200);
    const upstreams = accessLog()
      .slice(before)
      .map((line) => line.split(" ").pop());
    expect(new Set(upstreams)).toEqual(new Set([`127.0.0.1:${port(FIRST)}`, `127.0.0.1:${port(SECOND)}`]));
  } finally {
    await visitor.dispose();
  }
});

test("through nginx a page carries the security headers of an https site", async () => {
  const visitor = await client();
  try {
    const first = await visitor.get(`${PUBLIC_URL}/login`);
    const second = await visitor.get(`${PUBLIC_URL}/login`);
    const headers = first.headers();
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // server_tokens off: nginx does not tell its version.
    expect(headers["server"] ?? "").not.toMatch(/\d/);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).toContain("frame-ancestors 'none'");
    // A new nonce on every response, whichever server answered.
    const nonce = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce(csp)).toBeTruthy();
    expect(nonce(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce(csp));
    // Static files too (next.config.ts's headers, HSTS because nginx said https).
    const script = /\/_next\/static\/[^"]+\.js/.exec(await first.text())?.[0];
    expect(script).toBeTruthy();
    const asset = await visitor.get(`${PUBLIC_URL}${script}`);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(asset.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  } finally {
    await visitor.dispose();
  }
});

test("Auth.js behind nginx: secure prefixed cookies and redirects to the public address", async () => {
  const visitor = await client();
  try {
    const answer = await signInAt(visitor, PUBLIC_URL, demo.reviewer);
    expect(answer.refused).toBeNull();
    expect(answer.location).toBe(`${PUBLIC_URL}/`);
    const session = answer.setCookie.find((h) => h.value.startsWith(`${SESSION_COOKIE}=`))?.value ?? "";
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    const cookies = (await visitor.storageState()).cookies.map((c) => c.name);
    expect(cookies).toContain("__Host-authjs.csrf-token");
    expect(await (await visitor.get(`${PUBLIC_URL}/api/auth/session`)).json()).toMatchObject({ user: { email: demo.reviewer } });
    // A body above nginx's default 1 MB limit (a progress report with its evidence files) reaches an app server.
    const before = accessLog().length;
    const big = await visitor.post(`${PUBLIC_URL}/login`, { data: Buffer.alloc(12 * 1024 * 1024, 120), headers: { "content-type": "text/plain" } });
    const line = accessLog()
      .slice(before)
      .find((l) => l.startsWith("POST /login "));
    expect(line, "the access log line of the large POST").toMatch(/ 127\.0\.0\.1:\d+$/);
    expect(big.status()).toBeLessThan(500);
  } finally {
    await visitor.dispose();
  }
});

test("the login form through nginx signs in, with no Content Security Policy report and React running", async ({ page }) => {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) reports.push(message.text());
  });
  const login = new LoginPage(page);
  await login.goto();
  await login.login(demo.viewer);
  await expect(page).toHaveURL(`${PUBLIC_URL}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Cakupan kepesertaan 2025" })).toBeVisible();
  // A client-side navigation works only when React hydrated.
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Rapat", exact: true }).click();
  await expect(page).toHaveURL(`${PUBLIC_URL}/meetings`);
  expect(reports).toEqual([]);
});
