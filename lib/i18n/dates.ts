import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "./config";
import { dateFormats, type DateStyle } from "./date-formats";

export { dateFormats, type DateStyle };

/** What formatDate needs of next-intl's formatter (getFormatter, useFormatter or createFormatter). */
export interface DateFormatter {
  dateTime(value: Date, format: DateStyle): string;
}

/**
 * Every date shown to a reader goes through here: an instant, or a calendar date stored as
 * YYYY-MM-DD, in the reader's language and in WITA. A raw ISO date never reaches the screen.
 */
export function formatDate(format: DateFormatter, value: Date | string, style: DateStyle = "date"): string {
  return format.dateTime(typeof value === "string" ? calendarDate(value) : value, style);
}

/** Today's date in WITA as YYYY-MM-DD, for due-date comparisons. */
export function todayInWita(now: Date = new Date()): string {
  return witaParts(now).date;
}

/**
 * WITA's offset from UTC. Asia/Makassar keeps no daylight saving time, so wall-clock times of
 * Sinjai map to instants with this fixed offset; it is written here only (ESLint refuses it elsewhere).
 */
const WITA_OFFSET = "+08:00";

/** A WITA wall-clock time (HH:MM or HH:MM:SS) on a YYYY-MM-DD calendar date, as an instant. */
export function witaInstant(isoDate: string, time: string): Date {
  return new Date(`${isoDate}T${time.length === 5 ? `${time}:00` : time}${WITA_OFFSET}`);
}

/** The instants a WITA calendar day runs over: [start, end), for date-range filters. */
export function witaDay(isoDate: string): { start: Date; end: Date } {
  const start = witaInstant(isoDate, "00:00");
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

/** A YYYY-MM-DD calendar date as a Date at noon WITA, so formatting in WITA shows that day. */
export function calendarDate(isoDate: string): Date {
  return witaInstant(isoDate, "12:00");
}

/** An instant as WITA calendar date (YYYY-MM-DD) and wall-clock time (HH:MM), for form fields. */
export function witaParts(instant: Date): { date: string; time: string } {
  const d = new TZDate(instant, TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}
