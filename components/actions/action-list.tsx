import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionStatusBadge } from "@/components/meetings/meeting-badges";
import { Badge } from "@/components/ui/badge";
import { ListEmpty } from "@/components/ui/list-empty";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ActionListRow } from "@/lib/actions/queries";
import { isOverdue } from "@/lib/actions/rules";
import { formatDate, todayInWita } from "@/lib/i18n/dates";

/** `clearFiltersHref`: the list without filters, when filters are on (an empty list then says nothing matched). */
export async function ActionList({ actions, empty, clearFiltersHref }: { actions: ActionListRow[]; empty?: string; clearFiltersHref?: string }) {
  const t = await getTranslations("actions");
  const layout = await getTranslations("layout");
  const format = await getFormatter();
  const today = todayInWita();
  if (actions.length === 0) return <ListEmpty title={empty ?? layout("noActionsYet")} clearFiltersHref={clearFiltersHref} />;
  return (
    <>
    {/* Phones get cards; wider screens a table. */}
    <ul className="space-y-2 sm:hidden" aria-label={t("listLabel")}>
      {actions.map((a) => (
        <li key={a.id} className="rounded-lg border border-line bg-white p-3 text-sm">
          <div className="flex items-start justify-between gap-2">
            <Link href={`/actions/${a.id}`} className="font-medium text-brand-800 hover:underline">{a.title}</Link>
            <ActionStatusBadge status={a.status} />
          </div>
          <p className="mt-1 text-muted">
            {a.agencyName} · {formatDate(format, a.dueDate, "short")}
            {a.stepsTotal > 0 ? ` · ${t("stepsDone", { done: a.stepsDone, total: a.stepsTotal })}` : ""}
          </p>
          {isOverdue(a, today) ? <p className="mt-1"><Badge tone="danger">{t("overdue")}</Badge></p> : null}
        </li>
      ))}
    </ul>
    <ScrollRegion label={t("listLabel")} framed className="hidden sm:block">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("listLabel")}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-4 py-2">{t("title")}</th>
            <th scope="col" className="px-4 py-2">{t("owner")}</th>
            <th scope="col" className="px-4 py-2">{t("due")}</th>
            <th scope="col" className="px-4 py-2">{t("steps")}</th>
            <th scope="col" className="px-4 py-2">{t("status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {actions.map((a) => (
            <tr key={a.id}>
              <td className="px-4 py-2">
                <Link href={`/actions/${a.id}`} className="font-medium text-brand-800 hover:underline">{a.title}</Link>
                {a.meetingId ? <Link href={`/meetings/${a.meetingId}`} className="block text-xs text-brand-700 hover:underline">{a.meetingTitle}</Link> : null}
              </td>
              <td className="px-4 py-2">{a.agencyName}</td>
              <td className="px-4 py-2 whitespace-nowrap">
                {formatDate(format, a.dueDate, "short")}
                {isOverdue(a, today) ? <span className="ml-2"><Badge tone="danger">{t("overdue")}</Badge></span> : null}
              </td>
              <td className="px-4 py-2">{a.stepsTotal > 0 ? `${a.stepsDone}/${a.stepsTotal}` : "–"}</td>
              <td className="px-4 py-2"><ActionStatusBadge status={a.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
    </>
  );
}
