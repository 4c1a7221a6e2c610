import { z } from "zod";
import type { ErrorKey } from "@/lib/errors";

/**
 * Zod building blocks shared by the form schemas of every feature; their messages are keys of
 * the `errors` namespace, translated by lib/mutation.ts.
 */

/** A YYYY-MM-DD date from a date input. */
export const isoDateField = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "dateRequired").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "dateRequired");

/** A select of records: "" means none, anything else must be a positive whole id. */
export function optionalIdField(message: ErrorKey = "invalid") {
  return z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number({ error: message }).int(message).positive(message).nullable());
}

/** A repeated form field (rows of steps, checkboxes) as an array, whether it came once, often or not at all. */
export function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
