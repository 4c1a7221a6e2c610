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
  z
    .string({ error: "invalid" })
    .refine((v) => v === "0" || isId(v), "invalid")
    .transform(Number),
);

/** A select of records: "" means none, anything else must be an id. */
export function optionalIdField(message: ErrorKey = "invalid") {
  return z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : digits(v)),
    z.string({ error: message }).refine(isId, message).transform(Number).nullable(),
  );
}

/** A repeated form field (rows of steps, checkboxes) as an array, whether it came once, often or not at all. */
export function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * A number as people write it here: Indonesian grouping and decimals ("1.234", "1.234.567",
 * "33,6", "1.234,5"), plain digits ("1234", "-30"), and, where decimals are allowed, a decimal
 * point whose digits cannot be a thousands group ("33.6", "40.32"). Spaces are ignored. Null when
 * the text is no such number: "1,234" is 1.234 where decimals are allowed and null otherwise.
 */
export function parseIndonesianNumber(text: string, options: { decimals?: boolean } = {}): number | null {
  const v = text.replace(/[\s\u00a0]/g, "");
  const indonesian = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.exec(v);
  const pointed = options.decimals ? /^-?\d+\.(\d{1,2}|\d{4,})$/.exec(v) : null;
  if (!indonesian && !pointed) return null;
  if (indonesian?.[3] && !options.decimals) return null;
  const n = Number(indonesian ? v.split(".").join("").replace(",", ".") : v);
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : null;
}

interface NumberOptions {
  min: number;
  max: number;
  /** Whole numbers only (the default), or decimals. */
  decimals?: boolean;
  /** The message for a wrong or out-of-range number ("number", "percentValue"…). */
  message?: ErrorKey;
}

function numberSchema({ min, max, decimals = false, message = "number" }: NumberOptions) {
  return z.preprocess(
    (v) => (typeof v === "number" ? v : typeof v === "string" ? (parseIndonesianNumber(v, { decimals: true }) ?? v) : v),
    z
      .number({ error: message })
      .refine((n) => decimals || Number.isInteger(n), message === "number" ? "wholeNumber" : message)
      .refine((n) => n >= min && n <= max, message),
  );
}

/** A required number typed in Indonesian (see parseIndonesianNumber). */
export function numberField(options: NumberOptions) {
  return numberSchema(options);
}

/** A number that may be left blank (null). */
export function optionalNumberField(options: NumberOptions) {
  return z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v), numberSchema(options).nullable());
}

/** A wall-clock time in WITA, HH:MM (24 hours); witaInstant in lib/i18n/dates turns it into an instant. */
export const timeField = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeFormat");

/** A time that may be left blank (undefined). */
export const optionalTimeField = z.preprocess((v) => (v === "" ? undefined : v), timeField.optional());

/** A date that may be left blank (null). */
export const optionalIsoDateField = z.preprocess((v) => (v === "" || v === undefined ? null : v), isoDateField.nullable());

type Row<T extends z.ZodObject> = { row: number } & z.output<T>;

/**
 * Repeated form fields (one input per row in each column, sent under the column's name as a
 * list) zipped into rows and parsed row by row with `row`, a z.object of the columns (refine it
 * for rules across columns). A row's error lands on `column.row` (and the column), where the
 * form shows it next to that row's field. `keep` drops rows left blank before they are checked;
 * `min` asks for at least that many. Combine with the rest of a form:
 * `z.object({...}).and(rows("actions", z.object({...})))`.
 */
export function rows<N extends string, T extends z.ZodObject>(
  name: N,
  row: T,
  options: { keep?: (raw: Record<string, string>) => boolean; min?: number } = {},
): z.ZodType<{ [K in N]: Array<Row<T>> }> {
  const names = Object.keys(row.shape);
  return z.unknown().transform((form, ctx) => {
    const source = (typeof form === "object" && form !== null ? form : {}) as Record<string, unknown>;
    const lists = names.map((n) => asList(source[n]).map((v) => (typeof v === "string" ? v : "")));
    const length = Math.max(0, ...lists.map((l) => l.length));
    const parsed: Array<Row<T>> = [];
    let failed = false;
    for (let i = 0; i < length; i++) {
      const raw = Object.fromEntries(names.map((n, j) => [n, lists[j]![i] ?? ""]));
      if (options.keep && !options.keep(raw)) continue;
      const result = row.safeParse(raw);
      if (result.success) {
        parsed.push({ row: i, ...result.data });
        continue;
      }
      failed = true;
      for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [String(issue.path[0] ?? names[0]), i] });
    }
    if (!failed && parsed.length < (options.min ?? 0)) ctx.addIssue({ code: "custom", message: "required", path: [names[0]!, 0] });
    return { [name]: parsed } as { [K in N]: Array<Row<T>> };
  });
}
