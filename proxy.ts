import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isMalformedServerAction } from "@/lib/server-action-body";

/**
 * Sends visitors without a session to the login page. It only reads the session cookie: unlike
 * NextAuth's `auth` wrapper it never sets one, so a request still in flight when someone logs
 * out cannot sign them back in. Pages and mutations check the user again on the server.
 */
export async function proxy(request: NextRequest) {
  if (await isMalformedServerAction(request)) return new NextResponse(null, { status: 400 });
  // Behind a TLS-terminating proxy the cookie carries the __Secure- prefix while this request
  // looks like plain http, so both names are tried.
  const secret = process.env.AUTH_SECRET;
  const token = (await getToken({ req: request, secret, secureCookie: true })) ?? (await getToken({ req: request, secret, secureCookie: false }));
  if (token) return NextResponse.next();
  const login = new URL("/login", request.nextUrl);
  const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (back !== "/") login.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg|.*\\.png$).*)"],
};
