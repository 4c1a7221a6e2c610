import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";
import { isMalformedServerAction } from "@/lib/server-action-body";

/** Pages anyone may open: the login page and Auth.js's own endpoints. */
const PUBLIC_PATH = /^\/(login|api\/auth)(\/|$)/;
/** Route handlers that send files: exports and evidence. */
const DOWNLOAD_PATH = /^\/api\/(?!auth\/)/;

/** True when the browser reached us over HTTPS, directly or through a TLS-terminating proxy. */
function overHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return request.nextUrl.protocol === "https:" || forwarded === "https" || Boolean(env().AUTH_URL?.startsWith("https:"));
}

/**
 * Sets the per-request Content-Security-Policy (Next.js reads the nonce from the request's copy and
 * puts it on its scripts; a header set here wins over the same header from a route handler) and sends visitors without a session to the login page. It only reads the
 * session cookie: unlike NextAuth's `auth` wrapper it never sets one, so a request still in flight
 * when someone logs out cannot sign them back in. Pages and mutations check the user again on the
 * server.
 */
export async function proxy(request: NextRequest) {
  if (await isMalformedServerAction(request)) return new NextResponse(null, { status: 400 });
  const https = overHttps(request);
  const { pathname } = request.nextUrl;
  const policy = contentSecurityPolicy(createNonce(), { https, dev: env().NODE_ENV === "development", download: DOWNLOAD_PATH.test(pathname) });
  const response = PUBLIC_PATH.test(pathname) || (await hasSession(request)) ? pass(request, policy) : toLogin(request);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

async function hasSession(request: NextRequest): Promise<boolean> {
  // Behind a TLS-terminating proxy the cookie carries the __Secure- prefix while this request
  // looks like plain http, so both names are tried.
  const secret = env().AUTH_SECRET;
  const token = (await getToken({ req: request, secret, secureCookie: true })) ?? (await getToken({ req: request, secret, secureCookie: false }));
  return token !== null;
}

function pass(request: NextRequest, policy: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return NextResponse.next({ request: { headers } });
}

function toLogin(request: NextRequest): NextResponse {
  const login = new URL("/login", request.nextUrl);
  const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (back !== "/") login.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(login);
}

export const config = {
  // Static files get fixed headers from next.config.ts instead.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
