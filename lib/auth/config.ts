import type { NextAuthConfig } from "next-auth";

/** A session lasts at most a working day from sign-in (the sessions row and the cookie alike). */
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 12;

/**
 * The edge-safe part of the auth setup: no database and no password hashing here. The proxy
 * cannot read the sessions table, so it only redirects visitors without a cookie; every page,
 * server action and route handler checks the session in the database (requireUser).
 *
 * Cookies: Auth.js marks them Secure and names them __Secure-authjs.* whenever the request
 * came over HTTPS (AUTH_URL https, or X-Forwarded-Proto: https from the reverse proxy), and
 * HttpOnly and SameSite=Lax always.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const isPublic = request.nextUrl.pathname.startsWith("/login");
      return isPublic || Boolean(auth?.user);
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.sessionId = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
} satisfies NextAuthConfig;
