import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/mutations";

/** A plain form, so the switch works before JavaScript has loaded. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const other = locale === "id" ? "en" : "id";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        className="rounded-md border border-white/30 px-2 py-1 text-xs font-medium hover:bg-white/10"
        aria-label={t("switchLanguage")}
        lang={other}
      >
        {other === "en" ? "English" : "Bahasa Indonesia"}
      </button>
    </form>
  );
}
