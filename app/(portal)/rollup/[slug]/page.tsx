import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, Notice, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { loadRegencyDrillDown } from "@/lib/rollup/load";
import { TENANT_SLUG } from "@/lib/tenancy/names";

type Params = Promise<{ slug: string }>;
type Search = Promise<{ period?: string }>;

/** The page and its title ask once: only an overseen regency is found, through its own dashboard loader. */
const drillDown = cache(async (slug: string, period: number | undefined) => {
  const user = await requireAllowed("rollup.read");
  if (!TENANT_SLUG.test(slug)) notFound();
  return { user, ...(await loadRegencyDrillDown(user, slug, period)) };
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const { regency } = await drillDown((await params).slug, parseId((await searchParams).period ?? "") ?? undefined);
  return { title: regency.name };
}

/** A regency's dashboard as its overseers see it: the same view, without links into the regency's records or target management. */
export default async function RegencyDrillDownPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const slug = (await params).slug;
  const { user, regency, dashboard } = await drillDown(slug, parseId((await searchParams).period ?? "") ?? undefined);
  const t = await getTranslations("rollup");
  const roles = await getTranslations("enums.role");
  const back = (
    <ButtonLink variant="secondary" href="/rollup">
      {t("back")}
    </ButtonLink>
  );
  if (!dashboard)
    return (
      <>
        <PageHeader title={t("drillNoPeriod", { name: regency.name })} actions={back} />
        <EmptyState title={t("drillNoPeriod", { name: regency.name })} />
      </>
    );
  return (
    <>
      <PageHeader
        title={t("drillTitle", { name: regency.name, year: dashboard.period.year })}
        actions={
          <div className="no-print flex flex-wrap items-end gap-2">
            <PeriodPicker action={`/rollup/${regency.slug}`} periods={dashboard.periods} current={dashboard.period.id} />
            {back}
          </div>
        }
      />
      <div className="mb-4">
        <Notice label={t("readOnlyLabel")}>{t("readOnly", { role: roles(user.role) })}</Notice>
      </div>
      <DashboardView
        data={dashboard.data}
        summary={dashboard.summary}
        period={dashboard.period}
        standing={dashboard.standing}
        mayManageTargets={false}
        readOnly={{ periodHref: `/rollup/${regency.slug}` }}
      />
    </>
  );
}
