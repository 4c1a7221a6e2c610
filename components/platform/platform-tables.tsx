import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ListEmpty } from "@/components/ui/list-empty";
import { formatDate } from "@/lib/i18n/dates";
import type { OverseerRow, RegencyListRow } from "@/lib/platform/queries";

/** The installation's regencies, with the address each is served at. */
export async function RegencyTable({ regencies, pagination }: { regencies: RegencyListRow[]; pagination: ReactNode }) {
  const t = await getTranslations("platform");
  const format = await getFormatter();
  return (
    <DataTable
      label={t("regencies")}
      rows={regencies}
      rowKey={(r) => r.id}
      minWidth="min-w-[36rem]"
      caption
      pagination={pagination}
      empty={<ListEmpty title={t("noRegencies")} />}
      columns={[
        {
          key: "name",
          header: t("name"),
          rowHeader: true,
          cell: (r) => (
            <>
              <span className="font-medium">{r.name}</span>
              {r.demo ? (
                <span className="ml-2">
                  <Badge>{t("illustrative")}</Badge>
                </span>
              ) : null}
            </>
          ),
        },
        { key: "address", header: t("address"), className: "font-mono text-xs", cell: (r) => (r.host ? `https://${r.host}/` : `/r/${r.slug}/`) },
        { key: "created", header: t("created"), nowrap: true, cell: (r) => formatDate(format, r.createdAt, "short") },
      ]}
    />
  );
}

/** The region's province viewers and regional reviewers, with the regencies each reads. */
export async function OverseerTable({ overseers, pagination }: { overseers: OverseerRow[]; pagination: ReactNode }) {
  const t = await getTranslations("platform");
  const roles = await getTranslations("enums.role");
  return (
    <DataTable
      label={t("overseers")}
      rows={overseers}
      rowKey={(o) => o.id}
      minWidth="min-w-[40rem]"
      pagination={pagination}
      empty={<ListEmpty title={t("noOverseers")} />}
      columns={[
        {
          key: "name",
          header: t("overseerName"),
          rowHeader: true,
          cell: (o) => (
            <>
              <span className="font-medium">{o.name}</span>
              <span className="block text-xs text-muted">{o.email}</span>
            </>
          ),
        },
        { key: "role", header: t("role"), cell: (o) => roles(o.role) },
        { key: "grants", header: t("grants"), cell: (o) => (o.regencies.length > 0 ? o.regencies.join(", ") : t("noGrants")) },
        {
          key: "edit",
          header: <span className="sr-only">{t("editGrants")}</span>,
          cell: (o) => (
            <Link href={`/platform/overseers/${o.id}`} className="text-brand-800 hover:underline" aria-label={`${t("editGrants")}: ${o.name}`}>
              {t("editGrants")}
            </Link>
          ),
        },
      ]}
    />
  );
}
