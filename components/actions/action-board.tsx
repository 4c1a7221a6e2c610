import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ListEmpty } from "@/components/ui/list-empty";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { actionBoard } from "@/lib/actions/queries";
import { isOverdue } from "@/lib/actions/rules";
import { formatDate, todayInWita } from "@/lib/i18n/dates";

/**
 * Columns by status; each shows the first cards by due date and how many there are in all. The
 * five columns share the width from 64rem up and scroll sideways below it.
 */
export async function ActionBoard({ columns, clearFiltersHref }: { columns: Awaited<ReturnType<typeof actionBoard>>; clearFiltersHref?: string }) {
  const t = await getTranslations("actions");
  const layout = await getTranslations("layout");
  const statuses = await getTranslations("enums.actionStatus");
  const format = await getFormatter();
  const today = todayInWita();
  if (clearFiltersHref && columns.every((col) => col.total === 0)) return <ListEmpty title={layout("noActionsYet")} clearFiltersHref={clearFiltersHref} />;
  return (
    <ScrollRegion label={layout("boardLabel")} bleed boxClassName="snap-x">
      <div className="flex gap-3 px-4 pb-2">
        {columns.map((col) => (
          <section
            key={col.status}
            aria-label={statuses(col.status)}
            className="w-72 shrink-0 snap-start rounded-lg bg-slate-100 p-2 lg:w-auto lg:min-w-52 lg:flex-1"
          >
            <h2 className="mb-2 flex items-center justify-between px-1 text-sm font-semibold">
              {statuses(col.status)} <span className="text-xs text-muted">{col.total}</span>
            </h2>
            <ul className="space-y-2">
              {col.rows.map((a) => (
                <li key={a.id}>
                  <Link href={`/actions/${a.id}`} className="block rounded-md border border-line bg-white p-2 text-sm shadow-sm hover:border-brand-600">
                    <span className="font-medium">{a.title}</span>
                    <span className="mt-1 block text-xs text-muted">
                      {a.agencyName} · {formatDate(format, a.dueDate, "short")}
                      {a.stepsTotal > 0 ? ` · ${a.stepsDone}/${a.stepsTotal}` : ""}
                    </span>
                    {isOverdue(a, today) ? (
                      <span className="mt-1 inline-block">
                        <Badge tone="danger">{t("overdue")}</Badge>
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
            {col.total > col.rows.length ? (
              <Link href={`/actions?view=table&status=${col.status}`} className="mt-2 block px-1 text-xs text-brand-700 hover:underline">
                {t("moreInColumn", { count: col.total - col.rows.length })}
              </Link>
            ) : null}
          </section>
        ))}
      </div>
    </ScrollRegion>
  );
}
