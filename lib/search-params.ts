import { parseId } from "./ids";

/** A page's search parameter: the first value, trimmed, or undefined when empty. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** A YYYY-MM-DD search parameter, or undefined for anything else. */
export function dateParam(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** A positive id search parameter, or undefined for anything else. */
export function idParam(value: string | undefined): number | undefined {
  return value ? (parseId(value) ?? undefined) : undefined;
}
