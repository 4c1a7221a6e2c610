import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "./config";

/** Today's date in WITA as YYYY-MM-DD, for due-date comparisons. */
export function todayInWita(now: Date = new Date()): string {
  return witaParts(now).date;
}

/** A YYYY-MM-DD calendar date as a Date at noon WITA, so formatting in WITA shows that day. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00+08:00`);
}

/** An instant as WITA calendar date (YYYY-MM-DD) and wall-clock time (HH:MM), for form fields. */
export function witaParts(instant: Date): { date: string; time: string } {
  const d = new TZDate(instant, TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}
