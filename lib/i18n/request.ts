import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogues, formats } from "./catalogue";
import { LOCALE_COOKIE, TIME_ZONE, toLocale } from "./config";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: catalogues[locale], timeZone: TIME_ZONE, formats };
});
