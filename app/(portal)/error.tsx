"use client";

import { useTranslations } from "@/lib/i18n/client";

export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" aria-label={t("errorTitle")} className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="font-semibold text-red-900">{t("errorTitle")}</h1>
      <p className="mt-1 text-sm text-red-800">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white">
        {t("tryAgain")}
      </button>
    </div>
  );
}
