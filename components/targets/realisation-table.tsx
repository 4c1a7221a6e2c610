import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { FigureSource } from "@/lib/domain/enums";
import { formatDate } from "@/lib/i18n/dates";

export interface RealisationRow {
  id: number;
  sectorId: number;
  month: string;
  newParticipants: number;
  activeParticipants: number;
  source: FigureSource;
  dataDate: string;
}

/** The months recorded in a period, inside its card; each figure with its source and data date. */
export async function RealisationTable({ label, rows, sectorName }: { label: string; rows: RealisationRow[]; sectorName: (id: number) => string }) {
  const t = await getTranslations("realisations");
  const sources = await getTranslations("enums.figureSource");
  const format = await getFormatter();
  return (
    <DataTable
      label={label}
      look="compact"
      rows={rows}
      rowKey={(r) => r.id}
      minWidth="min-w-[36rem]"
      empty={<EmptyState title={t("none")} />}
      columns={[
        { key: "month", header: t("month"), nowrap: true, cell: (r) => formatDate(format, r.month, "month") },
        { key: "sector", header: t("sector"), cell: (r) => sectorName(r.sectorId) },
        {
          key: "new",
          header: t("newParticipants"),
          align: "right",
          cell: (r) => format.number(r.newParticipants),
          cellClassName: (r) => (r.newParticipants < 0 ? "text-red-700" : ""),
        },
        { key: "active", header: t("activeParticipants"), align: "right", cell: (r) => format.number(r.activeParticipants) },
        {
          key: "source",
          header: t("source"),
          className: "text-xs text-muted",
          cell: (r) => `${sources(r.source)} · ${formatDate(format, r.dataDate, "short")}`,
        },
      ]}
    />
  );
}
