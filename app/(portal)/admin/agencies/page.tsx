import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, Notice, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { ScrollRegion } from "@/components/ui/scroll-region";
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
  const kinds = await getTranslations("enums.agencyKind");
  const agencies = await listAgencies({ page });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={<ButtonLink href="/admin/agencies/new">{t("new")}</ButtonLink>} />
      {search.saved ? <div className="mb-4"><Notice tone="success" label={t("saved")}>{t("saved")}</Notice></div> : null}
      {agencies.rows.length === 0 ? <EmptyState title={t("empty")} /> : (
        <ScrollRegion label={t("title")} framed>
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-4 py-2">{t("name")}</th>
                <th scope="col" className="px-4 py-2">{t("kind")}</th>
                <th scope="col" className="px-4 py-2">{t("users")}</th>
                <th scope="col" className="px-4 py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {agencies.rows.map((a) => (
                <tr key={a.id}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/agencies/${a.id}`} className="font-medium text-brand-800 hover:underline">{a.name}</Link>
                    <span className="block text-xs text-muted">{a.code} · {a.headTitle}</span>
                  </td>
                  <td className="px-4 py-2">{kinds(a.kind)}</td>
                  <td className="px-4 py-2">{a.userCount}</td>
                  <td className="px-4 py-2">{a.active ? <Badge tone="success">{t("activeBadge")}</Badge> : <Badge tone="danger">{t("inactiveBadge")}</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination basePath="/admin/agencies" page={page} pageSize={agencies.pageSize} total={agencies.total} />
    </>
  );
}
