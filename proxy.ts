import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";
import { isMalformedServerAction } from "@/lib/server-action-body";
import { TENANT_COOKIE, TENANT_HEADER, TENANT_SLUG } from "@/lib/tenancy/names";

/** Pages anyone may open: the login page and Auth.js's own endpoints. */
const PUBLIC_PATH = /^\/(login|api\/auth)(\/|$)/;
/** Route handlers that send files: exports and evidence. */
const DOWNLOAD_PATH = /^\/api\/(?!auth\/)/;

/** A regency named in the path on a shared host: /r/<slug>/rest. */
const TENANT_PREFIX = /^\/r\/([^/]+)(\/.*)?$/;
/** How long a shared host remembers the regency last named in a path prefix. */
const TENANT_COOKIE_SECONDS = 30 * 24 * 60 * 60;

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
  // A path prefix names the regency on a shared host (lib/tenancy/resolve.ts): the rest of the
  // path is served as usual, and a cookie remembers the regency for the plain links that follow.
  const prefix = TENANT_PREFIX.exec(request.nextUrl.pathname);
  const slug = prefix && TENANT_SLUG.test(prefix[1]!) ? prefix[1]! : undefined;
  if (prefix && !slug) return new NextResponse(null, { status: 404 });
  const pathname = slug ? (prefix![2] ?? "/") : request.nextUrl.pathname;
  const policy = contentSecurityPolicy(createNonce(), { https, dev: env().NODE_ENV === "development", download: DOWNLOAD_PATH.test(pathname) });
  const response = PUBLIC_PATH.test(pathname) || (await hasSession(request)) ? pass(request, policy, slug, pathname) : toLogin(request, slug, pathname);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  if (slug) response.cookies.set(TENANT_COOKIE, slug, { path: "/", httpOnly: true, sameSite: "lax", secure: https, maxAge: TENANT_COOKIE_SECONDS });
  return response;
}

async function hasSession(request: NextRequest): Promise<boolean> {
  // Behind a TLS-terminating proxy the cookie carries the __Secure- prefix while this request
  // looks like plain http, so both names are tried.
  const secret = env().AUTH_SECRET;
  const token = (await getToken({ req: request, secret, secureCookie: true })) ?? (await getToken({ req: request, secret, secureCookie: false }));
  return token !== null;
}

/**
 * Passes the request on with the nonce's policy and the regency its path named. A client's own
 * x-kawal-tenant is dropped first: only this proxy says which prefix a request came under.
 */
function pass(request: NextRequest, policy: string, slug: string | undefined, pathname: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  headers.delete(TENANT_HEADER);
  if (!slug) return NextResponse.next({ request: { headers } });
  headers.set(TENANT_HEADER, slug);
  const target = request.nextUrl.clone();
  target.pathname = pathname;
  return NextResponse.rewrite(target, { request: { headers } });
}

function toLogin(request: NextRequest, slug: string | undefined, pathname: string): NextResponse {
  const base = slug ? `/r/${slug}` : "";
  const login = new URL(`${base}/login`, request.nextUrl);
  const back = `${base}${pathname}${request.nextUrl.search}`;
  if (pathname !== "/") login.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(login);
}

export const config = {
  // Static files get fixed headers from next.config.ts instead.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
