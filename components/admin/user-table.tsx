import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ListEmpty } from "@/components/ui/list-empty";
import type { UserRow } from "@/lib/users/queries";

/** The admin's list of accounts; `clearFiltersHref` when a search is on. */
export async function UserTable({ users, pagination, clearFiltersHref }: { users: UserRow[]; pagination: ReactNode; clearFiltersHref?: string }) {
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("enums.role");
  return (
    <DataTable
      label={t("title")}
      rows={users}
      rowKey={(u) => u.id}
      minWidth="min-w-[40rem]"
      pagination={pagination}
      empty={<ListEmpty title={t("empty")} clearFiltersHref={clearFiltersHref} />}
      columns={[
        {
          key: "name",
          header: t("name"),
          cell: (u) => (
            <>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-800 hover:underline">
                {u.name}
              </Link>
              <span className="block text-xs text-muted">{u.email}</span>
            </>
          ),
        },
        { key: "role", header: t("role"), cell: (u) => roles(u.role) },
        { key: "agency", header: t("agency"), cell: (u) => u.agencyName ?? "–" },
        {
          key: "status",
          header: t("status"),
          cell: (u) => (u.active ? <Badge tone="success">{t("activeBadge")}</Badge> : <Badge tone="danger">{t("inactiveBadge")}</Badge>),
        },
      ]}
    />
  );
}
