import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionStatusBadge } from "@/components/meetings/meeting-badges";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ListEmpty } from "@/components/ui/list-empty";
import type { ActionListRow } from "@/lib/actions/queries";
import { isOverdue } from "@/lib/actions/rules";
import { formatDate, todayInWita } from "@/lib/i18n/dates";

/** Phones get cards; wider screens a table. `clearFiltersHref`: the list without filters, when filters are on (an empty list then says nothing matched). */
export async function ActionList({
  actions,
  empty,
  clearFiltersHref,
  pagination,
}: {
  actions: ActionListRow[];
  empty?: string;
  clearFiltersHref?: string;
  pagination?: ReactNode;
}) {
  const t = await getTranslations("actions");
  const layout = await getTranslations("layout");
  const format = await getFormatter();
  const today = todayInWita();
  return (
    <DataTable
      label={t("listLabel")}
      rows={actions}
      rowKey={(a) => a.id}
      minWidth="min-w-[36rem]"
      caption
      pagination={pagination}
      empty={<ListEmpty title={empty ?? layout("noActionsYet")} clearFiltersHref={clearFiltersHref} />}
      card={(a) => (
        <>
          <div className="flex items-start justify-between gap-2">
            <Link href={`/actions/${a.id}`} className="font-medium text-brand-800 hover:underline">
              {a.title}
            </Link>
            <ActionStatusBadge status={a.status} />
          </div>
          <p className="mt-1 text-muted">
            {a.agencyName} · {formatDate(format, a.dueDate, "short")}
            {a.stepsTotal > 0 ? ` · ${t("stepsDone", { done: a.stepsDone, total: a.stepsTotal })}` : ""}
          </p>
          {isOverdue(a, today) ? (
            <p className="mt-1">
              <Badge tone="danger">{t("overdue")}</Badge>
            </p>
          ) : null}
        </>
      )}
      columns={[
        {
          key: "title",
          header: t("title"),
          cell: (a) => (
            <>
              <Link href={`/actions/${a.id}`} className="font-medium text-brand-800 hover:underline">
                {a.title}
              </Link>
              {a.meetingId ? (
                <Link href={`/meetings/${a.meetingId}`} className="mt-2 block text-xs text-brand-700 hover:underline">
                  {a.meetingTitle}
                </Link>
              ) : null}
            </>
          ),
        },
        { key: "owner", header: t("owner"), cell: (a) => a.agencyName },
        {
          key: "due",
          header: t("due"),
          nowrap: true,
          cell: (a) => (
            <>
              {formatDate(format, a.dueDate, "short")}
              {isOverdue(a, today) ? (
                <span className="ml-2">
                  <Badge tone="danger">{t("overdue")}</Badge>
                </span>
              ) : null}
            </>
          ),
        },
        { key: "steps", header: t("steps"), cell: (a) => (a.stepsTotal > 0 ? `${a.stepsDone}/${a.stepsTotal}` : "–") },
        { key: "status", header: t("status"), cell: (a) => <ActionStatusBadge status={a.status} /> },
      ]}
    />
  );
}
