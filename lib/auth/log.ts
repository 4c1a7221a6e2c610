/**
 * Auth.js's error logger. A refused sign-in (wrong password, inactive account, too many tries) is
 * an answer for the user, not a server fault: it gets one line without a stack trace. It is told
 * apart by Auth.js's `type`, which every subclass of CredentialsSignin inherits, and not by class
 * name, because the production build minifies class names.
 */
export function logAuthError(error: Error): void {
  if ((error as { type?: unknown }).type === "CredentialsSignin") {
    const code = (error as { code?: unknown }).code;
    console.warn(`[auth] sign-in refused: ${typeof code === "string" ? code : "credentials"}`);
    return;
  }
  console.error(error);
}
