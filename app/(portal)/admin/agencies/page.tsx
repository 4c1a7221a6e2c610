import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgencyTable } from "@/components/admin/agency-table";
import { ButtonLink } from "@/components/ui/button";
import { Notice, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { listAgencies } from "@/lib/agencies/queries";
import { requireAllowed } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("title") };
}

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<{ page?: string; saved?: string }> }) {
  await requireAllowed("agency.manage");
  const search = await searchParams;
  const page = parsePage(search.page);
  const t = await getTranslations("admin.agencies");
  const agencies = await listAgencies({ page });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={<ButtonLink href="/admin/agencies/new">{t("new")}</ButtonLink>} />
      {search.saved ? (
        <div className="mb-4">
          <Notice tone="success" label={t("saved")}>
            {t("saved")}
          </Notice>
        </div>
      ) : null}
      <AgencyTable
        agencies={agencies.rows}
        pagination={<Pagination basePath="/admin/agencies" page={page} pageSize={agencies.pageSize} total={agencies.total} />}
      />
    </>
  );
}
