import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoLogins } from "../../db/seed/logins";

export { DEMO_PASSWORD };

function demoEmail(role: string): string {
  const login = demoLogins.find((l) => l.role === role);
  if (!login) throw new Error(`The demo seed has no ${role} login.`);
  return login.email;
}

/** One demo login per role; the agency head is Bagian Kesra's. */
export const demo = {
  admin: demoEmail("admin"),
  secretariat: demoEmail("secretariat"),
  agencyHead: "kesra@sinjai.demo",
  reviewer: demoEmail("reviewer"),
  viewer: demoEmail("viewer"),
} as const;

/** A suffix that keeps users and agencies created by parallel tests and repeated runs apart. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/**
 * Signs in through Auth.js's credentials endpoint instead of the form, which is faster and
 * keeps the form's own journey in login.spec.ts. page.request shares the page's cookie jar,
 * so the page is signed in afterwards.
 */
export async function loginAs(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok(), "GET /api/auth/csrf").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const location = answer.headers()["location"] ?? "";
  if (answer.status() !== 302 || location.includes("error=")) {
    throw new Error(`Signing in ${email} through the API failed: ${answer.status()} ${location}`);
  }
  const session = await page.request.get("/api/auth/session");
  const body = (await session.json()) as { user?: { email?: string } } | null;
  expect(body?.user?.email, `session after signing in ${email}`).toBe(email);
}
