import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { ImportForm, RealisationForm } from "@/components/targets/realisation-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireAllowed } from "@/lib/auth/session";
import { formatDate, todayInWita } from "@/lib/i18n/dates";
import { parseId } from "@/lib/ids";
import { choosePeriod, listPeriods, listSectors, periodRealisations } from "@/lib/targets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("realisations"))("title") };
}

export default async function RealisationsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requireAllowed("realisation.enter");
  const t = await getTranslations("realisations");
  const sources = await getTranslations("enums.figureSource");
  const format = await getFormatter();
  const locale = await getLocale();
  const requested = parseId((await searchParams).period ?? "") ?? undefined;
  const [period, periods, sectors] = await Promise.all([choosePeriod(requested), listPeriods(), listSectors({ activeOnly: true })]);
  const rows = period ? await periodRealisations(period.id) : [];
  const name = (id: number) => { const s = sectors.find((x) => x.id === id); return s ? (locale === "en" ? s.nameEn : s.nameId) : String(id); };
  const today = todayInWita();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={period ? <PeriodPicker action="/realisations" periods={periods} current={period.id} /> : null} />
      <div className="space-y-6">
        <Card title={t("import")}><p className="mb-3 text-sm text-muted">{t("importHint")}</p><ImportForm today={today} /></Card>
        <Card title={t("manual")}><RealisationForm sectors={sectors.map((s) => ({ value: String(s.id), label: locale === "en" ? s.nameEn : s.nameId }))} defaultMonth={today.slice(0, 7)} today={today} /></Card>
        <Card title={t("recorded", { year: period?.year ?? "" })}>
          {rows.length === 0 ? <EmptyState title={t("none")} /> : (
            <ScrollRegion label={t("recorded", { year: period?.year ?? "" })} bleed>
              <table className="w-full min-w-[36rem] text-left text-sm">
                <thead className="text-xs text-muted"><tr><th scope="col" className="px-4 py-1">{t("month")}</th><th scope="col" className="px-2 py-1">{t("sector")}</th><th scope="col" className="px-2 py-1 text-right">{t("newParticipants")}</th><th scope="col" className="px-2 py-1 text-right">{t("activeParticipants")}</th><th scope="col" className="px-4 py-1">{t("source")}</th></tr></thead>
                <tbody className="divide-y divide-line">
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td className="px-4 py-1.5 whitespace-nowrap">{formatDate(format, r.month, "month")}</td>
                      <td className="px-2 py-1.5">{name(r.sectorId)}</td>
                      <td className={`px-2 py-1.5 text-right tabular-nums ${r.newParticipants < 0 ? "text-red-700" : ""}`}>{format.number(r.newParticipants)}</td>
                      <td className="px-2 py-1.5 text-right tabular-nums">{format.number(r.activeParticipants)}</td>
                      <td className="px-4 py-1.5 text-xs text-muted">{sources(r.source)} · {formatDate(format, r.dataDate, "short")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </Card>
      </div>
    </>
  );
}
