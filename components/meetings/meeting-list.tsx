import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { ListEmpty } from "@/components/ui/list-empty";
import { formatDate } from "@/lib/i18n/dates";
import type { MeetingListRow } from "@/lib/meetings/queries";
import { MeetingStatusBadge } from "./meeting-badges";

/** Meetings read as cards at every width; `pagination`: the links below. `clearFiltersHref`: the list without filters, when filters are on (an empty list then says nothing matched). */
export async function MeetingList({
  meetings,
  clearFiltersHref,
  pagination,
}: {
  meetings: MeetingListRow[];
  clearFiltersHref?: string;
  pagination?: ReactNode;
}) {
  const t = await getTranslations("meetings");
  const types = await getTranslations("enums.meetingType");
  const format = await getFormatter();
  return (
    <DataTable
      label={t("listLabel")}
      rows={meetings}
      rowKey={(m) => m.id}
      cards="divided"
      pagination={pagination}
      empty={<ListEmpty title={t("empty")} hint={t("emptyHint")} clearFiltersHref={clearFiltersHref} />}
      card={(m) => (
        <Link href={`/meetings/${m.id}`} className="block px-4 py-3 hover:bg-slate-50">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <span className="font-medium text-brand-800">{m.title}</span>
            <MeetingStatusBadge status={m.status} />
          </div>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <span>
              {formatDate(format, m.startsAt, "dayDate")}, {formatDate(format, m.startsAt, "time")} WITA
            </span>
            <span>{m.place}</span>
            <span>{types(m.type)}</span>
            <span>
              {t("attendeeCount", { count: m.attendeeCount })} · {t("commitmentCount", { count: m.commitmentCount })}
            </span>
          </div>
        </Link>
      )}
    />
  );
}
