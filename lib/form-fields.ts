import { z } from "zod";
import type { ErrorKey } from "@/lib/errors";

/**
 * Zod building blocks shared by the form schemas of every feature; their messages are keys of
 * the `errors` namespace, translated by lib/mutation.ts.
 */

const MAX_INT = 2_147_483_647;

/**
 * True for a YYYY-MM-DD that is a real day of the calendar (no 30 February) between 1900 and
 * 2100: anything else is a typing error here, and PostgreSQL would refuse it with an error.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A YYYY-MM-DD date from a date input. */
export const isoDateField = z.string().trim().refine(isCalendarDate, "dateRequired");

/**
 * A record id as forms send it: digits only, no sign, spaces, exponent or hex ("+1", " 7 ",
 * "1e3" and "0x10" are not ids), within PostgreSQL's integer. Numbers are accepted for callers
 * in code.
 */
export function isId(value: string): boolean {
  return /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= MAX_INT;
}

const digits = (v: unknown) => (typeof v === "number" && Number.isInteger(v) ? String(v) : v);

/** A required record id (hidden fields, route parameters). */
export function idField(message: ErrorKey = "invalid") {
  return z.preprocess(digits, z.string({ error: message }).refine(isId, message).transform(Number));
}

/** A record's version for optimistic locking: 0 or a positive whole number. */
export const versionField = z.preprocess(
  digits,
  z.string({ error: "invalid" }).refine((v) => v === "0" || isId(v), "invalid").transform(Number),
);

/** A select of records: "" means none, anything else must be an id. */
export function optionalIdField(message: ErrorKey = "invalid") {
  return z.preprocess((v) => (v === "" || v === undefined || v === null ? null : digits(v)), z.string({ error: message }).refine(isId, message).transform(Number).nullable());
}

/** A repeated form field (rows of steps, checkboxes) as an array, whether it came once, often or not at all. */
export function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
