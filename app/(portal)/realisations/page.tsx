import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { ImportForm, RealisationForm } from "@/components/targets/realisation-forms";
import { RealisationTable } from "@/components/targets/realisation-table";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { todayInWita } from "@/lib/i18n/dates";
import { parseId } from "@/lib/ids";
import { choosePeriod, listPeriods, listSectors, periodRealisations } from "@/lib/targets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("realisations"))("title") };
}

export default async function RealisationsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requireAllowed("realisation.enter");
  const t = await getTranslations("realisations");
  const locale = await getLocale();
  const requested = parseId((await searchParams).period ?? "") ?? undefined;
  const [period, periods, sectors] = await Promise.all([choosePeriod(requested), listPeriods(), listSectors({ activeOnly: true })]);
  const rows = period ? await periodRealisations(period.id) : [];
  const name = (id: number) => {
    const s = sectors.find((x) => x.id === id);
    return s ? (locale === "en" ? s.nameEn : s.nameId) : String(id);
  };
  const today = todayInWita();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={period ? <PeriodPicker action="/realisations" periods={periods} current={period.id} /> : null}
      />
      <div className="space-y-6">
        <Card title={t("import")}>
          <p className="mb-3 text-sm text-muted">{t("importHint")}</p>
          <ImportForm today={today} />
        </Card>
        <Card title={t("manual")}>
          <RealisationForm
            sectors={sectors.map((s) => ({ value: String(s.id), label: locale === "en" ? s.nameEn : s.nameId }))}
            defaultMonth={today.slice(0, 7)}
            today={today}
          />
        </Card>
        <Card title={t("recorded", { year: period?.year ?? "" })}>
          <RealisationTable label={t("recorded", { year: period?.year ?? "" })} rows={rows} sectorName={name} />
        </Card>
      </div>
    </>
  );
}
