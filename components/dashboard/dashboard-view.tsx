import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionStatusBadge } from "@/components/meetings/meeting-badges";
import { ContradictionList } from "@/components/targets/derived-figures";
import { Card, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { actionStatuses } from "@/lib/domain/enums";
import { formatDate } from "@/lib/i18n/dates";
import type { DashboardData } from "@/lib/targets/queries";
import type { PeriodStanding } from "@/lib/targets/rules";
import type { DashboardSummary } from "@/lib/targets/summary";
import { TrendChart } from "./trend-chart";
import { CoverageGauge } from "./coverage-gauge";
import { PeriodNote } from "./period-note";

export async function DashboardView({
  data,
  summary,
  period,
  standing,
  mayManageTargets,
  readOnly,
}: {
  data: DashboardData;
  summary: DashboardSummary;
  period: { id: number; year: number };
  standing: PeriodStanding;
  mayManageTargets: boolean;
  /**
   * Seen from above the regency (the roll-up's drill-down): the figures without links into the
   * regency's records, which the reader may not open, and other periods at `periodHref`.
   */
  readOnly?: { periodHref: string };
}) {
  const t = await getTranslations("dashboard");
  const sources = await getTranslations("enums.figureSource");
  const format = await getFormatter();
  const locale = await getLocale();
  const pct = (v: number | null) => (v === null ? "–" : `${format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`);
  const n = (v: number | null) => (v === null ? "–" : format.number(Math.round(v)));
  const p = summary.projection;
  return (
    <div className="space-y-6">
      <PeriodNote year={period.year} standing={standing} mayManageTargets={mayManageTargets} periodHref={readOnly?.periodHref} />
      {data.target && p ? (
        <section aria-label={t("coverage")} className="grid gap-4 md:grid-cols-3">
          <Card className="md:col-span-1">
            <p className="text-sm text-muted">{t("coverageNow")}</p>
            <p className="text-4xl font-bold tracking-tight text-brand-800" data-testid="coverage-now">
              {pct(p.currentPct)}
            </p>
            <p className="text-sm text-muted">
              {t("ofTarget", { target: pct(summary.targetPct), deadline: formatDate(format, data.target.deadline, "date") })}
            </p>
            <div className="my-3">
              <CoverageGauge
                currentPct={p.currentPct ?? 0}
                targetPct={summary.targetPct ?? 0}
                label={t("gaugeLabel", { current: pct(p.currentPct), target: pct(summary.targetPct) })}
                targetLabel={t("gaugeTarget", { pct: pct(summary.targetPct) })}
                ends={[`${format.number(0)} %`, `${format.number(100)} %`]}
              />
            </div>
            <p className="text-xs text-muted">{t("participantsOf", { current: n(p.current), population: n(data.target.workingPopulation) })}</p>
          </Card>
          <Card className="md:col-span-2" title={t("pace")}>
            <dl className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted">{t("needed")}</dt>
                <dd className="text-2xl font-semibold">{n(p.needed)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("paceNeeded")}</dt>
                <dd className="text-2xl font-semibold">{p.paceNeeded === null ? t("deadlinePassed") : t("perMonth", { n: n(p.paceNeeded) })}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("paceNow")}</dt>
                <dd className="text-2xl font-semibold">{p.pace === null ? t("noData") : t("perMonth", { n: n(p.pace) })}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("projected")}</dt>
                <dd className="text-2xl font-semibold" data-testid="projected">
                  {pct(p.projectedPct)}
                </dd>
              </div>
            </dl>
            <p
              className={`mt-4 rounded-md px-3 py-2 text-sm ${p.onTrack ? "bg-emerald-50 text-emerald-900" : p.onTrack === false ? "bg-amber-50 text-amber-900" : "bg-slate-50 text-muted"}`}
            >
              {p.reached ? t("reached") : p.onTrack === null ? t("noProjection") : p.onTrack ? t("onTrack") : t("offTrack")}
            </p>
            <p className="mt-2 text-xs text-muted">
              {t("ruleNote", {
                minimum: pct(summary.ruleMinimumPct),
                baseline: pct(summary.baselinePct),
                increase: format.number(data.rule.minIncreasePct),
                reference: data.rule.legalReference,
              })}
            </p>
          </Card>
        </section>
      ) : (
        <EmptyState title={t("noTarget", { year: period.year })}>{t("noTargetHint")}</EmptyState>
      )}

      <ContradictionList found={summary.contradictions} legalReference={data.rule.legalReference} />

      {summary.trend.length > 0 && summary.targetPct !== null ? (
        <Card title={t("trend")}>
          <TrendChart
            points={summary.trend}
            targetPct={summary.targetPct}
            labels={{ target: pct(summary.targetPct), projectedEnd: p && p.projectedPct !== null ? pct(p.projectedPct) : null }}
          />
        </Card>
      ) : null}

      <Card title={t("sectors")}>
        <ul className="space-y-4" aria-label={t("sectors")}>
          {summary.sectors
            .filter((s) => s.target !== null)
            .map((s) => (
              <li key={s.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  {readOnly ? (
                    <span className="font-medium">{locale === "en" ? s.nameEn : s.nameId}</span>
                  ) : (
                    <Link href={`/sectors/${s.id}?period=${period.id}`} className="font-medium text-brand-800 hover:underline">
                      {locale === "en" ? s.nameEn : s.nameId}
                    </Link>
                  )}
                  <span className="text-muted">{t("sectorFigures", { current: n(s.current), target: n(s.target), pct: pct(s.pctOfTarget) })}</span>
                </div>
                <div
                  className="mt-1 h-3 overflow-hidden rounded-full bg-slate-200"
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(Math.min(100, s.pctOfTarget ?? 0))}
                  aria-label={locale === "en" ? s.nameEn : s.nameId}
                >
                  <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.min(100, s.pctOfTarget ?? 0)}%` }} />
                </div>
                <p className="mt-1 text-xs text-muted">{t("sectorActions", { expected: n(s.expectedOpen), verified: n(s.verifiedByActions) })}</p>
              </li>
            ))}
        </ul>
      </Card>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card title={t("byAgency")}>
          <DataTable
            label={t("byAgency")}
            look="compact"
            rows={summary.agencies}
            rowKey={(a) => a.agencyId}
            minWidth="min-w-[28rem]"
            empty={<p className="text-sm text-muted">{t("noActions")}</p>}
            columns={[
              {
                key: "agency",
                header: t("agency"),
                cell: (a) =>
                  readOnly ? (
                    a.agencyName
                  ) : (
                    <Link href={`/actions?agency=${a.agencyId}`} className="hover:underline">
                      {a.agencyName}
                    </Link>
                  ),
              },
              ...actionStatuses.map((s) => ({
                key: s,
                header: <ActionStatusBadge status={s} />,
                align: "right" as const,
                tight: true,
                cell: (a: (typeof summary.agencies)[number]) => a.counts[s] || "·",
              })),
            ]}
          />
        </Card>
        <Card title={t("overdue")}>
          {data.overdue.length === 0 ? (
            <p className="text-sm text-muted">{t("noOverdue")}</p>
          ) : (
            <ul className="divide-y divide-line text-sm">
              {data.overdue.map((a) => (
                <li key={a.id} className="flex items-start justify-between gap-3 py-2">
                  {readOnly ? (
                    <span>
                      {a.title}
                      <span className="block text-xs text-muted">{a.agencyName}</span>
                    </span>
                  ) : (
                    <Link href={`/actions/${a.id}`} className="text-brand-800 hover:underline">
                      {a.title}
                      <span className="block text-xs text-muted">{a.agencyName}</span>
                    </Link>
                  )}
                  <span className="shrink-0 text-xs text-red-700">{formatDate(format, a.dueDate, "short")}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      {data.figures.length > 0 ? (
        <Card title={t("reportedFigures")}>
          <p className="mb-2 text-xs text-muted">{t("reportedFiguresHint")}</p>
          <DataTable
            label={t("reportedFigures")}
            look="compact"
            rows={data.figures}
            rowKey={(f) => f.id}
            minWidth="min-w-[32rem]"
            columns={[
              { key: "date", header: t("figureDate"), nowrap: true, cell: (f) => formatDate(format, f.dataDate, "short") },
              { key: "source", header: t("figureSource"), cell: (f) => sources(f.source) },
              { key: "coverage", header: t("figureCoverage"), align: "right", cell: (f) => pct(Number(f.coveragePct)) },
              {
                key: "parts",
                header: t("figureParts"),
                align: "right",
                cell: (f) => (f.participants !== null && f.population !== null ? `${n(f.participants)} / ${n(f.population)}` : t("noParts")),
              },
              { key: "note", header: t("figureNote"), className: "text-xs", cell: (f) => f.note },
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
