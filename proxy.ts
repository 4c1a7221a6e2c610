import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

/** Redirects anonymous visitors to the login page; pages still check who is asking. */
export const { auth: proxy } = NextAuth(authConfig);

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|.*\\.png$).*)"],
};
