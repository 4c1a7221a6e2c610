import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserTable } from "@/components/admin/user-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
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
  const users = await listUsers({ page, query });
  return (
    <>
      <PageHeader title={t("title")} description={t("total", { count: users.total })} actions={<ButtonLink href="/admin/users/new">{t("new")}</ButtonLink>} />
      <form role="search" className="mb-4 flex gap-2" action="/admin/users">
        <label htmlFor="q" className="sr-only">
          {t("search")}
        </label>
        <input
          id="q"
          name="q"
          defaultValue={query}
          placeholder={t("searchPlaceholder")}
          className="w-full max-w-sm rounded-md border border-line bg-white px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md border border-line bg-white px-3 py-2 text-sm">
          {t("search")}
        </button>
      </form>
      <UserTable
        users={users.rows}
        clearFiltersHref={query ? "/admin/users" : undefined}
        pagination={<Pagination basePath="/admin/users" page={page} pageSize={users.pageSize} total={users.total} params={{ q: query }} />}
      />
    </>
  );
}
