import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The not-found text; the page around it decides whether it is the page's main landmark. */
export async function NotFoundMessage() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-muted">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
