import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { LOCALE_COOKIE, TIME_ZONE, toLocale } from "./config";

const messages = { id, en };

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: messages[locale],
    timeZone: TIME_ZONE,
    formats: {
      dateTime: {
        date: { day: "numeric", month: "long", year: "numeric" },
        dayDate: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
        short: { day: "numeric", month: "short", year: "numeric" },
        time: { hour: "2-digit", minute: "2-digit", hour12: false },
        dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false },
      },
      number: {
        percent: { maximumFractionDigits: 1, minimumFractionDigits: 1 },
      },
    },
  };
});
