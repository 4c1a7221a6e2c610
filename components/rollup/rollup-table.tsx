import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/dates";
import type { RollupRow } from "@/lib/rollup/rules";

/** The roll-up: one row per regency, ranked; each opens that regency's dashboard, read-only. */
export async function RollupTable({ rows, firstRank, pagination }: { rows: RollupRow[]; firstRank: number; pagination: ReactNode }) {
  const t = await getTranslations("rollup");
  const sources = await getTranslations("enums.figureSource");
  const format = await getFormatter();
  const pct = (v: number | null) => (v === null ? "–" : `${format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`);
  const ranked = rows.map((row, i) => ({ row, rank: firstRank + i }));
  const name = ({ row }: (typeof ranked)[number]) => (
    <>
      <Link href={`/rollup/${row.regency.slug}`} className="font-medium text-brand-800 hover:underline" aria-label={t("open", { name: row.regency.name })}>
        {row.regency.name}
      </Link>
      {row.regency.demo ? (
        <span className="ml-2">
          <Badge>{t("illustrative")}</Badge>
        </span>
      ) : null}
      {row.period ? <span className="block text-xs font-normal text-muted">{t("period", { year: row.period.year })}</span> : null}
    </>
  );
  const coverage = ({ row }: (typeof ranked)[number]) => (row.hasTarget ? `${pct(row.currentPct)} / ${pct(row.targetPct)}` : t("noTarget"));
  const pace = ({ row }: (typeof ranked)[number]) =>
    !row.hasTarget ? "–" : row.reached ? t("reached") : row.paceNeeded === null ? t("deadlinePassed") : t("perMonth", { n: format.number(row.paceNeeded) });
  const dataDate = ({ row }: (typeof ranked)[number]) =>
    row.latest ? t("dataAs", { date: formatDate(format, row.latest.dataDate, "short"), source: sources(row.latest.source) }) : t("noData");
  return (
    <DataTable
      label={t("label")}
      rows={ranked}
      rowKey={(r) => r.row.regency.id}
      minWidth="min-w-[56rem]"
      caption
      pagination={pagination}
      empty={<p className="rounded-lg border border-line bg-white p-4 text-sm text-muted">{t("empty")}</p>}
      columns={[
        { key: "rank", header: t("rank"), align: "right", tight: true, cell: (r) => r.rank },
        { key: "regency", header: t("regency"), rowHeader: true, cell: name },
        { key: "coverage", header: t("coverage"), align: "right", nowrap: true, cell: coverage },
        { key: "share", header: t("share"), align: "right", nowrap: true, cell: (r) => <span className="font-semibold">{pct(r.row.shareOfTarget)}</span> },
        { key: "pace", header: t("paceNeeded"), align: "right", cell: pace },
        { key: "data", header: t("dataDate"), className: "text-xs", cell: dataDate },
        {
          key: "overdue",
          header: t("overdue"),
          align: "right",
          cell: (r) => r.row.overdueActions,
          cellClassName: (r) => (r.row.overdueActions > 0 ? "text-red-700 font-medium" : ""),
        },
        { key: "meetings", header: t("meetings"), align: "right", cell: (r) => r.row.meetingsHeld },
      ]}
      card={(r) => (
        <div className="space-y-1">
          <div className="flex items-baseline justify-between gap-2">
            <span>
              <span className="mr-2 text-muted">{r.rank}.</span>
              {name(r)}
            </span>
            <span className="text-lg font-semibold">{pct(r.row.shareOfTarget)}</span>
          </div>
          <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
            <dt className="text-muted">{t("coverage")}</dt>
            <dd className="text-right">{coverage(r)}</dd>
            <dt className="text-muted">{t("paceNeeded")}</dt>
            <dd className="text-right">{pace(r)}</dd>
            <dt className="text-muted">{t("overdue")}</dt>
            <dd className="text-right">{r.row.overdueActions}</dd>
            <dt className="text-muted">{t("meetings")}</dt>
            <dd className="text-right">{r.row.meetingsHeld}</dd>
          </dl>
          <p className="text-xs text-muted">
            {t("dataDate")}: {dataDate(r)}
          </p>
        </div>
      )}
    />
  );
}
