import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { AgencyRow } from "@/lib/agencies/queries";

export async function AgencyTable({ agencies, pagination }: { agencies: AgencyRow[]; pagination: ReactNode }) {
  const t = await getTranslations("admin.agencies");
  const kinds = await getTranslations("enums.agencyKind");
  return (
    <DataTable
      label={t("title")}
      rows={agencies}
      rowKey={(a) => a.id}
      minWidth="min-w-[40rem]"
      pagination={pagination}
      empty={<EmptyState title={t("empty")} />}
      columns={[
        {
          key: "name",
          header: t("name"),
          cell: (a) => (
            <>
              <Link href={`/admin/agencies/${a.id}`} className="font-medium text-brand-800 hover:underline">
                {a.name}
              </Link>
              <span className="block text-xs text-muted">
                {a.code} · {a.headTitle}
              </span>
            </>
          ),
        },
        { key: "kind", header: t("kind"), cell: (a) => kinds(a.kind) },
        { key: "users", header: t("users"), cell: (a) => a.userCount },
        {
          key: "status",
          header: t("status"),
          cell: (a) => (a.active ? <Badge tone="success">{t("activeBadge")}</Badge> : <Badge tone="danger">{t("inactiveBadge")}</Badge>),
        },
      ]}
    />
  );
}
