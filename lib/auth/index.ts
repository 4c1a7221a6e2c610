import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/events";
import { setPasswordHash } from "@/lib/users/passwords";
import { findUserByEmail, findUserById } from "@/lib/users/queries";
import { authConfig } from "./config";
import { logAuthError } from "./log";
import { attemptLogin, clientAddress } from "./login-limits";
import { checkPassword, hashPassword, passwordHashIsCurrent } from "./password";
import { createSession, endSession, loadSessionUser } from "./sessions";
import { parseSecondFactor } from "./two-factor/rules";
import { pendingLoginMatches, readPendingLogin, signPendingLogin } from "./two-factor/secrets";
import { forgetPendingLogin, keepPendingLogin } from "./two-factor/pending";
import { consumeSecondFactor, hasTwoFactor } from "./two-factor/store";

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

/**
 * The password was right and the account has a second factor: no session yet, and the signed
 * pending-login token (lib/auth/two-factor/secrets.ts) is in an HttpOnly cookie for the code step.
 */
export class SecondFactorNeeded extends CredentialsSignin {
  code = "two_factor";
}

/** The code step came too late (5 minutes), or the password changed meanwhile: start again. */
export class PendingLoginExpired extends CredentialsSignin {
  code = "two_factor_expired";
}

export class WrongSecondFactor extends CredentialsSignin {
  code = "two_factor_wrong";
}

const credentials = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(1024) });
const secondStep = z.object({ pendingLogin: z.string().min(1).max(1000), code: z.string().max(100) });

/** The second step of a login: the code (or a recovery code) of the account the token names. */
async function authorizeSecondFactor(raw: z.infer<typeof secondStep>, request: Request) {
  const address = clientAddress(request.headers);
  const pending = readPendingLogin(raw.pendingLogin);
  const user = pending ? await findUserById(pending.userId) : null;
  // A void token stays until "start again": the code step then says why, instead of vanishing.
  if (!pending || !user || !user.active || !pendingLoginMatches(pending, user.passwordHash)) throw new PendingLoginExpired();
  const factor = parseSecondFactor(raw.code);
  // Wrong codes count against the same limits as wrong passwords, under the account's e-mail.
  const attempt = await attemptLogin(user.email, address, async () => (factor && (await consumeSecondFactor(user.id, factor)) ? factor : null));
  if (attempt.outcome !== "signedIn") {
    await recordAuditEvent({
      kind: "two_factor_failed",
      userId: user.id,
      email: user.email,
      ipAddress: address,
      detail: attempt.outcome === "limited" ? "throttled" : "code_wrong",
    });
    if (attempt.outcome === "limited") throw new TooManyAttempts(attempt.retryAfterMs);
    throw new WrongSecondFactor();
  }
  const used = attempt.value;
  // One session per right password: the token cannot open a second one with the next code.
  await forgetPendingLogin();
  await recordAuditEvent({
    kind: used.kind === "recovery" ? "recovery_code_used" : "two_factor_passed",
    userId: user.id,
    email: user.email,
    ipAddress: address,
  });
  const sessionId = await createSession({ userId: user.id, ipAddress: address, userAgent: request.headers.get("user-agent") ?? "" });
  await recordAuditEvent({
    kind: "login",
    userId: user.id,
    email: user.email,
    ipAddress: address,
    detail: used.kind === "recovery" ? "recovery_code" : "two_factor",
  });
  return { id: String(user.id), name: user.name, email: user.email, sessionId };
}

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
      credentials: { email: {}, password: {}, pendingLogin: {}, code: {} },
      async authorize(raw, request) {
        const second = secondStep.safeParse(raw);
        if (second.success) return authorizeSecondFactor(second.data, request);
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        const attempt = await attemptLogin(
          email,
          address,
          async () => {
            const user = await findUserByEmail(email);
            // Unknown e-mails are checked against a throwaway hash: same time, same answer.
            return (await checkPassword(user?.passwordHash ?? null, password)) && user ? user : null;
          },
          { halfway: (user) => user.active && hasTwoFactor(user.id) },
        );
        const known = attempt.outcome === "signedIn" ? attempt.value : null;
        const failure = known ? (known.active ? null : "inactive") : attempt.outcome === "limited" ? "throttled" : "wrong";
        if (failure) await recordAuditEvent({ kind: "login_failed", userId: known?.id ?? null, email, ipAddress: address, detail: failure });
        if (attempt.outcome === "limited") throw new TooManyAttempts(attempt.retryAfterMs);
        if (attempt.outcome === "wrong") return null;
        const user = attempt.value;
        // Told only after the password matched, so the message reveals nothing to a guesser.
        if (!user.active) throw new InactiveAccount();
        let passwordHash = user.passwordHash;
        if (!passwordHashIsCurrent(passwordHash)) {
          passwordHash = await hashPassword(password);
          await setPasswordHash(getDb(), user.id, passwordHash);
        }
        if (await hasTwoFactor(user.id)) {
          await keepPendingLogin(signPendingLogin({ userId: user.id, passwordHash }), request);
          throw new SecondFactorNeeded();
        }
        const sessionId = await createSession({ userId: user.id, ipAddress: address, userAgent: request.headers.get("user-agent") ?? "" });
        await recordAuditEvent({ kind: "login", userId: user.id, email: user.email, ipAddress: address });
        return { id: String(user.id), name: user.name, email: user.email, sessionId };
      },
    }),
  ],
});
