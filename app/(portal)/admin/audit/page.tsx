import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFiltersForm } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { PageHeader } from "@/components/ui/card";
import { ListEmpty } from "@/components/ui/list-empty";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterParams, parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { requireAllowed } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAllowed("audit.read");
  const search = await searchParams;
  const page = parsePage(search.page);
  const filters = parseAuditFilters(search);
  const t = await getTranslations("audit");
  const layout = await getTranslations("layout");
  const filtered = Object.values(auditFilterParams(filters)).some(Boolean);
  const events = await listAuditEvents({ page, filters });
  return (
    <>
      <PageHeader title={t("title")} description={filtered ? layout("matchCount", { count: events.total }) : t("total", { count: events.total })} />
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <AuditFiltersForm filters={filters} />
      <AuditTable
        events={events.rows}
        empty={<ListEmpty title={t("empty")} clearFiltersHref={filtered ? "/admin/audit" : undefined} />}
        pagination={<Pagination basePath="/admin/audit" page={page} pageSize={events.pageSize} total={events.total} params={auditFilterParams(filters)} />}
      />
    </>
  );
}
