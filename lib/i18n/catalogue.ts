// use-intl/core, which next-intl re-exports: next-intl's own entry loads its React provider, which fails in
// the reminder job (a plain Node process under the react-server condition).
import { createFormatter, createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { TIME_ZONE, type Locale } from "./config";
import { dateFormats } from "./dates";

export const catalogues = { id, en } as const;

/** Named formats, the same for pages and for text written outside a request. */
export const formats = {
  dateTime: dateFormats,
  number: { percent: { maximumFractionDigits: 1, minimumFractionDigits: 1 } },
} as const;

/**
 * The translator and formatter for a reader outside a page request (e-mails, jobs, notices in
 * someone else's language): same catalogue, formats and WITA zone as the pages.
 */
export function intlFor(locale: Locale) {
  return {
    t: createTranslator({ locale, messages: catalogues[locale], formats, timeZone: TIME_ZONE }),
    format: createFormatter({ locale, formats, timeZone: TIME_ZONE }),
  };
}
