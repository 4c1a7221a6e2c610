import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/dates";
import type { PeriodStanding } from "@/lib/targets/rules";

/**
 * Says that the period shown is over, and leads to the period that holds today: to its
 * dashboard when it exists, to the form that creates it for those who may, otherwise to no link
 * at all but who sets it up.
 */
export async function PeriodNote({
  year,
  standing,
  mayManageTargets,
  periodHref = "/dashboard",
}: {
  year: number;
  standing: PeriodStanding;
  mayManageTargets: boolean;
  /** Where another period's dashboard opens (the roll-up's drill-down has its own). */
  periodHref?: string;
}) {
  if (!standing.ended) return null;
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const link = "font-medium text-sky-900 underline hover:no-underline";
  return (
    <Notice label={t("periodNoteLabel")}>
      <p>{t("periodEnded", { year, end: formatDate(format, standing.endsOn, "date") })}</p>
      <p className="mt-1">
        {standing.current ? (
          <Link href={`${periodHref}?period=${standing.current.id}`} className={link}>
            {t("showPeriod", { year: standing.current.year })}
          </Link>
        ) : mayManageTargets ? (
          <Link href="/targets#new-period" className={link}>
            {t("setUpPeriod", { year: standing.todayYear })}
          </Link>
        ) : (
          t("periodNotSetUp", { year: standing.todayYear })
        )}
      </p>
    </Notice>
  );
}
