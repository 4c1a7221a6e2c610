import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "./card";

/**
 * What every list shows when it has no rows. With filters on, "nothing yet" would be untrue, so
 * it says that nothing matched them and links to the list without filters.
 */
export async function ListEmpty({
  title,
  hint,
  clearFiltersHref,
}: {
  /** What an unfiltered empty list means ("no meetings yet"). */
  title: string;
  hint?: ReactNode;
  /** The list without filters; set it whenever a filter is on. */
  clearFiltersHref?: string;
}) {
  if (!clearFiltersHref) return <EmptyState title={title}>{hint}</EmptyState>;
  const t = await getTranslations("layout");
  return (
    <EmptyState title={t("noMatchTitle")}>
      <p>{t("noMatchHint")}</p>
      <Link href={clearFiltersHref} className="mt-3 inline-block font-medium text-brand-700 underline">
        {t("clearFilters")}
      </Link>
    </EmptyState>
  );
}
