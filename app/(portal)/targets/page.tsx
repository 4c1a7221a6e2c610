import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { DerivedFigures } from "@/components/targets/derived-figures";
import { CoverageTargetForm, PeriodForm, RuleForm, SectorForm, SectorTargetForm } from "@/components/targets/target-forms";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { choosePeriod, getCoverageRule, listPeriods, periodTargets } from "@/lib/targets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("title") };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requireAllowed("target.manage");
  const t = await getTranslations("targets");
  const locale = await getLocale();
  const requested = parseId((await searchParams).period ?? "") ?? undefined;
  const [period, periods, rule] = await Promise.all([choosePeriod(requested), listPeriods(), getCoverageRule()]);
  const data = period ? await periodTargets(period.id) : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={period ? <PeriodPicker action="/targets" periods={periods} current={period.id} /> : null}
      />
      <div className="space-y-6">
        <Card title={t("rule")}>
          <p className="mb-3 text-sm text-muted">{t("ruleHint")}</p>
          <RuleForm rule={rule} />
        </Card>
        {period && data ? (
          <>
            <Card title={t("regionTarget", { year: period.year })}>
              <CoverageTargetForm periodId={period.id} year={period.year} target={data.target} />
              {data.target ? (
                <div className="mt-6 border-t border-line pt-4">
                  <h3 className="mb-3 font-semibold">{t("derived.title")}</h3>
                  <DerivedFigures
                    target={data.target}
                    rule={rule}
                    sectorsBaseline={
                      data.sectors.some((x) => x.target) ? data.sectors.reduce((sum, x) => sum + (x.target?.baselineParticipants ?? 0), 0) : null
                    }
                  />
                </div>
              ) : null}
            </Card>
            <Card title={t("sectorTargets", { year: period.year })}>
              <div className="space-y-3">
                {data.sectors
                  .filter((s) => s.sector.active)
                  .map(({ sector, target }) => (
                    <SectorTargetForm
                      key={sector.id}
                      periodId={period.id}
                      sector={{ id: sector.id, name: locale === "en" ? sector.nameEn : sector.nameId }}
                      target={target}
                    />
                  ))}
              </div>
            </Card>
          </>
        ) : null}
        <Card title={t("periods")}>
          <PeriodForm />
        </Card>
        <Card title={t("sectorsTitle")}>
          <div className="space-y-6">
            {data?.sectors.map(({ sector }) => (
              <details key={sector.id} className="rounded-md border border-line p-3">
                <summary className="cursor-pointer font-medium">
                  {locale === "en" ? sector.nameEn : sector.nameId}
                  {sector.active ? "" : ` (${t("inactive")})`}
                </summary>
                <div className="mt-3">
                  <SectorForm sector={sector} />
                </div>
              </details>
            ))}
            <div>
              <h3 className="mb-2 font-semibold">{t("newSector")}</h3>
              <SectorForm />
            </div>
          </div>
        </Card>
      </div>
    </>
  );
}
