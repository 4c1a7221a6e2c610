import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verify } from "argon2";
import { z } from "zod";
import { findUserByEmail } from "@/lib/users/queries";
import { authConfig } from "./config";

export class InactiveAccount extends CredentialsSignin {
  code = "inactive";
}

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an answer for the user, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "InactiveAccount") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserByEmail(parsed.data.email);
        if (!user || !(await verify(user.passwordHash, parsed.data.password))) return null;
        // Told only after the password matched, so the message reveals nothing to a guesser.
        if (!user.active) throw new InactiveAccount();
        return { id: String(user.id), name: user.name, email: user.email, role: user.role, agencyId: user.agencyId };
      },
    }),
  ],
});
