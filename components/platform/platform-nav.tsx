import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The two platform pages, side by side. */
export async function PlatformNav({ current }: { current: "regencies" | "overseers" }) {
  const t = await getTranslations("platform");
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-600 text-white" : "border border-line bg-white hover:bg-slate-50"}`;
  return (
    <nav aria-label={t("title")} className="mb-4 flex flex-wrap gap-2">
      <Link href="/platform" className={tab(current === "regencies")} aria-current={current === "regencies" ? "page" : undefined}>
        {t("regencies")}
      </Link>
      <Link href="/platform/overseers" className={tab(current === "overseers")} aria-current={current === "overseers" ? "page" : undefined}>
        {t("overseers")}
      </Link>
    </nav>
  );
}
