// A module, so that the declarations below extend next-auth's types instead of replacing them.
export {};

declare module "next-auth" {
  interface User {
    /** The sessions row made at sign-in (lib/auth/sessions.ts). */
    sessionId: string;
  }
  interface Session {
    /** Not a secret on its own: only the signed, encrypted cookie opens a session. */
    sessionId: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    sid?: string;
  }
}
