import { getTranslations } from "next-intl/server";

/** The skeleton shown while a list or dashboard page loads. */
export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-label={t("loading")} className="space-y-3">
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-24 animate-pulse rounded bg-slate-200" />
      <div className="h-24 animate-pulse rounded bg-slate-200" />
    </div>
  );
}
