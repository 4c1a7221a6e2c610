import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verify } from "argon2";
import { z } from "zod";
import { findUserByEmail } from "@/lib/users/queries";
import { authConfig } from "./config";
import { logAuthError } from "./log";
import { LoginThrottle } from "./throttle";

export class InactiveAccount extends CredentialsSignin {
  code = "inactive";
}

export class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
}

const throttle = ((globalThis as unknown as { kawalLoginThrottle?: LoginThrottle }).kawalLoginThrottle ??= new LoginThrottle());

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: { error: logAuthError },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email;
        if (throttle.retryAfter(email) > 0) throw new TooManyAttempts();
        const user = await findUserByEmail(email);
        if (!user || !(await verify(user.passwordHash, parsed.data.password))) {
          throttle.fail(email);
          return null;
        }
        throttle.succeed(email);
        // Told only after the password matched, so the message reveals nothing to a guesser.
        if (!user.active) throw new InactiveAccount();
        return { id: String(user.id), name: user.name, email: user.email, role: user.role, agencyId: user.agencyId };
      },
    }),
  ],
});
