import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "./config";

/** Today's date in WITA as YYYY-MM-DD, for due-date comparisons. */
export function todayInWita(now: Date = new Date()): string {
  const d = new TZDate(now, TIME_ZONE);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A YYYY-MM-DD calendar date as a Date at noon WITA, so formatting in WITA shows that day. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00+08:00`);
}
