import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/dashboard/print-button";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { loadDashboard } from "@/lib/targets/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requireAllowed("dashboard.read");
  const requested = parseId((await searchParams).period ?? "") ?? undefined;
  const t = await getTranslations("dashboard");
  const dashboard = await loadDashboard(user, requested);
  if (!dashboard)
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noPeriods")} />
      </>
    );
  return (
    <>
      <PageHeader
        title={t("titleYear", { year: dashboard.period.year })}
        description={t("intro")}
        actions={
          <div className="no-print flex flex-wrap items-end gap-2">
            <PeriodPicker action="/dashboard" periods={dashboard.periods} current={dashboard.period.id} />
            <a
              href={`/api/dashboard.xlsx?period=${dashboard.period.id}`}
              className="rounded-md border border-line bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              {t("exportXlsx")}
            </a>
            <PrintButton />
          </div>
        }
      />
      <DashboardView
        data={dashboard.data}
        summary={dashboard.summary}
        period={dashboard.period}
        standing={dashboard.standing}
        mayManageTargets={dashboard.mayManageTargets}
      />
    </>
  );
}
