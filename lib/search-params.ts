import { isCalendarDate } from "./form-fields";
import { parseId } from "./ids";

/**
 * A page's search parameter: the first value, trimmed, without control characters (a NUL byte
 * would make PostgreSQL fail the query), or undefined when empty.
 */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.replace(/[\u0000-\u001f\u007f]/g, " ").trim() || undefined;
}

/** A YYYY-MM-DD search parameter that is a real calendar date, or undefined for anything else. */
export function dateParam(value: string | undefined): string | undefined {
  return value && isCalendarDate(value) ? value : undefined;
}

/** A positive id search parameter, or undefined for anything else. */
export function idParam(value: string | undefined): number | undefined {
  return value ? (parseId(value) ?? undefined) : undefined;
}
