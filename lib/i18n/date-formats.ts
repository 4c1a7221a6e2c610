/** The named date styles of the portal, shared by pages (next-intl's formats) and e-mails. */
export const dateFormats = {
  date: { day: "numeric", month: "long", year: "numeric" },
  dayDate: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "long", year: "numeric" },
  monthShort: { month: "short", year: "2-digit" },
  // hourCycle, not hour12: false, which writes half past midnight as "24:30" in English.
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof dateFormats;
