import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/events";
import { setPasswordHash } from "@/lib/users/passwords";
import { findUserByEmail } from "@/lib/users/queries";
import { authConfig } from "./config";
import { logAuthError } from "./log";
import { attemptLogin, clientAddress } from "./login-limits";
import { checkPassword, hashPassword, passwordHashIsCurrent } from "./password";
import { createSession, endSession, loadSessionUser } from "./sessions";

export class InactiveAccount extends CredentialsSignin {
  code = "inactive";
}

/** Its code carries the wait in seconds ("throttled:300"): the form says how long. */
export class TooManyAttempts extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    this.code = `throttled:${Math.ceil(retryAfterMs / 1000)}`;
  }
}

const credentials = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: { error: logAuthError },
  callbacks: {
    ...authConfig.callbacks,
    /**
     * Runs on every auth() and /api/auth/session: a token whose sessions row has ended (or whose
     * user was deactivated) becomes null, which makes auth() answer "signed out" and Auth.js
     * clear the cookie wherever it may set one (route handlers, server actions).
     */
    async jwt({ token, user }) {
      if (user) return { ...token, uid: Number(user.id), sid: user.sessionId };
      if (typeof token.sid !== "string") return null;
      return (await loadSessionUser(token.sid)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid === "string") await endSession(token.sid, "logout");
      if (token?.uid) await recordAuditEvent({ kind: "logout", userId: token.uid, email: token.email });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        const attempt = await attemptLogin(email, address, async () => {
          const user = await findUserByEmail(email);
          // Unknown e-mails are checked against a throwaway hash: same time, same answer.
          return (await checkPassword(user?.passwordHash ?? null, password)) && user ? user : null;
        });
        const known = attempt.outcome === "signedIn" ? attempt.value : null;
        const failure = known ? (known.active ? null : "inactive") : attempt.outcome === "limited" ? "throttled" : "wrong";
        if (failure) await recordAuditEvent({ kind: "login_failed", userId: known?.id ?? null, email, ipAddress: address, detail: failure });
        if (attempt.outcome === "limited") throw new TooManyAttempts(attempt.retryAfterMs);
        if (attempt.outcome === "wrong") return null;
        const user = attempt.value;
        // Told only after the password matched, so the message reveals nothing to a guesser.
        if (!user.active) throw new InactiveAccount();
        if (!passwordHashIsCurrent(user.passwordHash)) await setPasswordHash(getDb(), user.id, await hashPassword(password));
        const sessionId = await createSession({ userId: user.id, ipAddress: address, userAgent: request.headers.get("user-agent") ?? "" });
        await recordAuditEvent({ kind: "login", userId: user.id, email: user.email, ipAddress: address });
        return { id: String(user.id), name: user.name, email: user.email, sessionId };
      },
    }),
  ],
});
