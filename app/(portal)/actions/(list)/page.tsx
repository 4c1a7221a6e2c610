import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ActionBoard } from "@/components/actions/action-board";
import { ActionFiltersForm } from "@/components/actions/action-filters";
import { ActionList } from "@/components/actions/action-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { actionFilterParams, parseActionFilters } from "@/lib/actions/filters";
import { actionBoard, actionFilterOptions, listVisibleActions } from "@/lib/actions/queries";
import { requireAllowed } from "@/lib/auth/session";
import { parseCursor, parsePage } from "@/lib/pagination";
import { can, readsEveryAgency } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("pageTitle") };
}

export default async function ActionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAllowed("action.read");
  const search = await searchParams;
  const view = search.view === "board" ? "board" : "table";
  const page = parsePage(search.page);
  const filters = parseActionFilters(search);
  const t = await getTranslations("actions");
  const [options, list, board] = await Promise.all([
    actionFilterOptions(),
    view === "table" ? listVisibleActions({ actor: user, page, filters, cursor: parseCursor(search) }) : null,
    view === "board" ? actionBoard({ actor: user, filters }) : null,
  ]);
  const params = actionFilterParams(filters);
  const clearFiltersHref = Object.values(params).some(Boolean) ? `/actions?view=${view}` : undefined;
  const tab = (v: string, label: string) => (
    <Link
      href={`/actions?${new URLSearchParams(Object.entries({ ...params, view: v }).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`}
      aria-current={view === v ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${view === v ? "bg-brand-600 text-white" : "border border-line bg-white"}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={t("pageTitle")}
        description={list ? t("total", { count: list.total }) : undefined}
        actions={
          <>
            {tab("table", t("tableView"))}
            {tab("board", t("boardView"))}
            {can(user, "action.create") ? <ButtonLink href="/actions/new">{t("new")}</ButtonLink> : null}
          </>
        }
      />
      <ActionFiltersForm filters={filters} view={view} agencies={options.agencies} sectors={options.sectors} showAgency={readsEveryAgency(user)} />
      {list ? (
        <>
          <ActionList actions={list.rows} empty={readsEveryAgency(user) ? undefined : t("empty")} clearFiltersHref={clearFiltersHref} />
          <Pagination
            basePath="/actions"
            page={page}
            pageSize={list.pageSize}
            total={list.total}
            params={{ ...params, view }}
            previousKey={list.previousKey}
            nextKey={list.nextKey}
          />
        </>
      ) : null}
      {board ? <ActionBoard columns={board} clearFiltersHref={clearFiltersHref} /> : null}
    </>
  );
}
