import { authorize, ForbiddenError, type Operation } from "@/lib/policy";
import { currentUser } from "@/lib/auth/session";
import { FieldError } from "@/lib/errors";
import type { SessionUser } from "@/lib/users/queries";

/** Download headers that never let a browser sniff or render the file in place. */
export function downloadHeaders(contentType: string, fileName: string): HeadersInit {
  const ascii = fileName.replace(/[^\w.-]+/g, "-");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}

/** Nobody is signed in: a route handler answers 401 instead of redirecting a download to the login page. */
export class UnauthenticatedError extends Error {
  constructor() {
    super("Unauthenticated");
    this.name = "UnauthenticatedError";
  }
}

/** The account must enrol a second factor before anything else (lib/auth/two-factor/policy.ts): 403 with that reason. */
export class TwoFactorEnrolmentRequired extends Error {
  constructor() {
    super("Two-factor login must be set up first: open /account/two-factor.");
    this.name = "TwoFactorEnrolmentRequired";
  }
}

/** The record asked for does not exist, or the user may not know that it does. */
export const notFound = (): never => {
  throw new FieldError("form", "notFound");
};

/**
 * THE mapping of domain refusals to HTTP statuses for route handlers: not signed in 401, not
 * allowed 403, not found (or not visible) 404, another refusal of the input 400. Anything else is
 * a fault and stays one (500, logged by Next.js).
 */
export function refusalResponse(error: unknown): Response | null {
  if (error instanceof UnauthenticatedError) return new Response("Unauthorized", { status: 401 });
  if (error instanceof TwoFactorEnrolmentRequired)
    return new Response(error.message, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
  if (error instanceof FieldError) return error.key === "notFound" ? new Response("Not found", { status: 404 }) : new Response(error.key, { status: 400 });
  return null;
}

/** A route handler whose refusals (thrown) become their HTTP status through refusalResponse. */
export function routeHandler<A extends unknown[]>(handle: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handle(...args);
    } catch (error) {
      const response = refusalResponse(error);
      if (response) return response;
      throw error;
    }
  };
}

/** The signed-in user if the authz table lets them do `operation`; else throws the refusal routeHandler answers. */
export async function routeUser(operation: Operation): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  if (user.mustEnrolTwoFactor) throw new TwoFactorEnrolmentRequired();
  authorize(user, operation);
  return user;
}
