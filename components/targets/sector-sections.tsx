import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionStatusBadge } from "@/components/meetings/meeting-badges";
import { DataTable } from "@/components/ui/data-table";
import type { ActionStatus } from "@/lib/domain/enums";
import { formatDate } from "@/lib/i18n/dates";

const number = (format: Awaited<ReturnType<typeof getFormatter>>) => (v: number | null | undefined) => (v === null || v === undefined ? "–" : format.number(v));

/** A sector's months in the period: new and active participants. */
export async function SectorMonths({ months }: { months: Array<{ id: number; month: string; newParticipants: number; activeParticipants: number }> }) {
  const t = await getTranslations("sector");
  const format = await getFormatter();
  const n = number(format);
  return (
    <DataTable
      label={t("months")}
      look="compact"
      rows={months}
      rowKey={(m) => m.id}
      empty={<p className="text-sm text-muted">{t("noMonths")}</p>}
      columns={[
        { key: "month", header: t("month"), cell: (m) => formatDate(format, m.month, "month") },
        { key: "new", header: t("new"), align: "right", cell: (m) => n(m.newParticipants) },
        { key: "active", header: t("active"), align: "right", cell: (m) => n(m.activeParticipants) },
      ]}
    />
  );
}

/** The actions that count towards the sector's target, with what each is expected to add and what was verified. */
export async function SectorActions({
  actions,
}: {
  actions: Array<{ id: number; title: string; status: ActionStatus; dueDate: string; agencyName: string; expected: number | null; verified: number | null }>;
}) {
  const t = await getTranslations("sector");
  const format = await getFormatter();
  const n = number(format);
  return (
    <DataTable
      label={t("actions")}
      rows={actions}
      rowKey={(a) => a.id}
      cards="lines"
      empty={<p className="text-sm text-muted">{t("noActions")}</p>}
      card={(a) => (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <span>
            <Link href={`/actions/${a.id}`} className="font-medium text-brand-800 hover:underline">
              {a.title}
            </Link>
            <span className="block text-xs text-muted">
              {a.agencyName} · {formatDate(format, a.dueDate, "short")}
            </span>
          </span>
          <span className="flex items-center gap-3 text-xs">
            <span>{t("contribution", { expected: n(a.expected), verified: n(a.verified) })}</span>
            <ActionStatusBadge status={a.status} />
          </span>
        </div>
      )}
    />
  );
}
