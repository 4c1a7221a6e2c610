import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RollupTable } from "@/components/rollup/rollup-table";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireAllowed } from "@/lib/auth/session";
import { pageOffset, parsePage } from "@/lib/pagination";
import { loadRollup } from "@/lib/rollup/load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rollup"))("title") };
}

/** Ranked across every regency the reader oversees, shown a page at a time (a province has 24; a platform may have more). */
const PAGE_SIZE = 25;

export default async function RollupPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireAllowed("rollup.read");
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("rollup");
  const { rows } = await loadRollup(user);
  const shown = rows.slice(pageOffset(page, PAGE_SIZE), pageOffset(page, PAGE_SIZE) + PAGE_SIZE);
  const behind = rows.filter((r) => r.hasTarget && !r.reached && r.onTrack !== true).length;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {rows.length > 0 ? <p className="mb-3 text-sm text-muted">{t("summary", { count: rows.length, behind })}</p> : null}
      <RollupTable
        rows={shown}
        firstRank={pageOffset(page, PAGE_SIZE) + 1}
        pagination={<Pagination basePath="/rollup" page={page} pageSize={PAGE_SIZE} total={rows.length} />}
      />
    </>
  );
}
