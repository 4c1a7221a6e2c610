import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ListEmpty } from "@/components/ui/list-empty";
import { Pagination } from "@/components/ui/pagination";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireAllowed } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  await requireAllowed("user.manage");
  const search = await searchParams;
  const page = parsePage(search.page);
  const query = search.q?.slice(0, 100);
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("enums.role");
  const users = await listUsers({ page, query });
  return (
    <>
      <PageHeader title={t("title")} description={t("total", { count: users.total })} actions={<ButtonLink href="/admin/users/new">{t("new")}</ButtonLink>} />
      <form role="search" className="mb-4 flex gap-2" action="/admin/users">
        <label htmlFor="q" className="sr-only">{t("search")}</label>
        <input id="q" name="q" defaultValue={query} placeholder={t("searchPlaceholder")} className="w-full max-w-sm rounded-md border border-line bg-white px-3 py-2 text-sm" />
        <button type="submit" className="rounded-md border border-line bg-white px-3 py-2 text-sm">{t("search")}</button>
      </form>
      {users.rows.length === 0 ? <ListEmpty title={t("empty")} clearFiltersHref={query ? "/admin/users" : undefined} /> : (
        <ScrollRegion label={t("title")} framed>
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-4 py-2">{t("name")}</th>
                <th scope="col" className="px-4 py-2">{t("role")}</th>
                <th scope="col" className="px-4 py-2">{t("agency")}</th>
                <th scope="col" className="px-4 py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {users.rows.map((u) => (
                <tr key={u.id}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-800 hover:underline">{u.name}</Link>
                    <span className="block text-xs text-muted">{u.email}</span>
                  </td>
                  <td className="px-4 py-2">{roles(u.role)}</td>
                  <td className="px-4 py-2">{u.agencyName ?? "–"}</td>
                  <td className="px-4 py-2">{u.active ? <Badge tone="success">{t("activeBadge")}</Badge> : <Badge tone="danger">{t("inactiveBadge")}</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination basePath="/admin/users" page={page} pageSize={users.pageSize} total={users.total} params={{ q: query }} />
    </>
  );
}
