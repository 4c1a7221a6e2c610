"use client";

import { useTranslations } from "@/lib/i18n/client";

export function PrintButton() {
  const t = useTranslations("dashboard");
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
      {t("print")}
    </button>
  );
}
