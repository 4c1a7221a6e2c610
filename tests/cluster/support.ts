/**
 * What the cluster journeys know about the run that tests/cluster/run.ts started: the public
 * address (nginx), the two app servers, the owner's database URL for checks, and the e-mail sink.
 */
import { readFileSync } from "node:fs";
import { expect, request, type APIRequestContext, type Page } from "@playwright/test";
import postgres from "postgres";
import { DEMO_PASSWORD } from "../../e2e/support/auth";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these journeys with \`npm run test:cluster\`, which starts the servers.`);
  return value;
}

export const PUBLIC_URL = required("KAWAL_CLUSTER_PUBLIC_URL");
const instances = required("KAWAL_CLUSTER_INSTANCES").split(",");
/** The two app servers, reached directly (plain http on localhost, as nginx reaches them). */
export const [FIRST, SECOND] = [instances[0]!, instances[1]!];

/** Auth.js's session cookie behind a TLS-terminating proxy: prefixed, as the browser saw https. */
export const SESSION_COOKIE = "__Secure-authjs.session-token";

/** Checks in SQL as the owner of the tables. */
export function ownerSql() {
  return postgres(required("KAWAL_CLUSTER_OWNER_URL"), { max: 1, onnotice: () => {} });
}

export interface Mail {
  to: string[];
  message: string;
}

/** Every e-mail the servers and the reminder runs have sent so far. */
export function mails(): Mail[] {
  return readFileSync(required("KAWAL_CLUSTER_MAIL_LOG"), { encoding: "utf8", flag: "a+" })
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Mail);
}

/** The nginx access log: one line per request, ending with the app server that answered. */
export function accessLog(): string[] {
  return readFileSync(required("KAWAL_CLUSTER_ACCESS_LOG"), "utf8").split("\n").filter(Boolean);
}

/** The `code` Auth.js put on the login redirect (credentials, throttled:5…), or null for a sign-in. */
function refusal(location: string): string | null {
  if (!location.includes("error=")) return null;
  return new URL(location, PUBLIC_URL).searchParams.get("code") ?? "error";
}

/**
 * Signs in through Auth.js's credentials endpoint of the server at `base` (csrf token and sign-in
 * on that server), with `client`'s cookie jar. Returns Auth.js's answer: the redirect and the
 * refusal code, if any.
 */
export async function signInAt(client: APIRequestContext, base: string, email: string, password: string = DEMO_PASSWORD) {
  const csrf = await client.get(`${base}/api/auth/csrf`);
  expect(csrf.ok(), `GET ${base}/api/auth/csrf`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await client.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(answer.status(), `sign-in answer of ${base}`).toBe(302);
  const location = answer.headers()["location"] ?? "";
  return { location, refused: refusal(location), setCookie: answer.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie") };
}

/** Signs `page` in on the server at `base`; the browser then holds the session cookie for every port of localhost. */
export async function signInPage(page: Page, base: string, email: string): Promise<void> {
  const answer = await signInAt(page.request, base, email);
  expect(answer.refused, `signing in ${email} at ${base}`).toBeNull();
}

/** A cookie-less client with its own headers (a person at another desk, or a replayed cookie). */
export function client(extraHTTPHeaders: Record<string, string> = {}) {
  return request.newContext({ ignoreHTTPSErrors: true, extraHTTPHeaders });
}

/** Today's date in WITA, as the reminder run keys its reminders. */
export function todayInWita(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
