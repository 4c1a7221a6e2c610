export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";
export const LOCALE_COOKIE = "kawal_locale";
/** Sinjai is in WITA; every date and time is shown there, whatever the server's zone. */
export const TIME_ZONE = "Asia/Makassar";

export function toLocale(value: string | undefined): Locale {
  return value === "en" ? "en" : defaultLocale;
}
