import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema/enums";

/**
 * The edge-safe part of the auth setup: no database and no password hashing here, so that the
 * proxy can use it. The proxy only redirects; every page and mutation checks again on the server.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const isPublic = request.nextUrl.pathname.startsWith("/login");
      return isPublic || Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.agencyId = user.agencyId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      session.user.agencyId = (token.agencyId as number | null) ?? null;
      return session;
    },
  },
} satisfies NextAuthConfig;
