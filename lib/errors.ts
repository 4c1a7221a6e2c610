import type messages from "@/messages/id.json";

/** A message key of the `errors` namespace. */
export type ErrorKey = keyof typeof messages.errors;

/** A rule broken by the input that only the server can see (a duplicate email, a final meeting). */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly key: ErrorKey,
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
    this.name = "FieldError";
  }
}

/** True when a Postgres unique constraint refused the write (either driver). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint: c } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return !constraint || constraint === (constraint_name ?? c);
  }
  return false;
}
