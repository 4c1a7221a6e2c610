import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEventRow } from "@/lib/audit/queries";
import type { AuditEventKind } from "@/lib/audit/kinds";
import { formatDate } from "@/lib/i18n/dates";

const tones: Record<AuditEventKind, "success" | "danger" | "neutral" | "warning"> = {
  login: "success",
  login_failed: "warning",
  logout: "neutral",
  refused: "danger",
  two_factor_passed: "success",
  two_factor_failed: "warning",
  recovery_code_used: "warning",
  two_factor_enrolled: "neutral",
  two_factor_disabled: "warning",
  recovery_codes_regenerated: "neutral",
};

/** Details with words of their own: why a login failed, how a second factor was given or turned off. */
const FAILURES = ["wrong", "inactive", "throttled", "code_wrong", "two_factor", "recovery_code", "reenrolled", "password", "code", "by_admin"] as const;

/** `empty`: the list's empty state (ListEmpty); `pagination`: the links below it. */
export async function AuditTable({ events, empty, pagination }: { events: AuditEventRow[]; empty: ReactNode; pagination: ReactNode }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const detail = (event: AuditEventRow) => {
    if (!event.detail) return "–";
    if (event.kind === "refused") return <code className="text-xs">{event.detail}</code>;
    return FAILURES.includes(event.detail as (typeof FAILURES)[number]) ? t(`failures.${event.detail as (typeof FAILURES)[number]}`) : event.detail;
  };
  return (
    <DataTable
      label={t("title")}
      rows={events}
      rowKey={(e) => e.id}
      minWidth="min-w-[44rem]"
      empty={empty}
      pagination={pagination}
      columns={[
        { key: "when", header: t("when"), nowrap: true, cell: (e) => formatDate(format, e.createdAt, "dateTime") },
        { key: "kind", header: t("kind"), cell: (e) => <Badge tone={tones[e.kind]}>{t(`kinds.${e.kind}`)}</Badge> },
        {
          key: "who",
          header: t("who"),
          cell: (e) => (
            <>
              {e.userName ? <span className="block font-medium">{e.userName}</span> : null}
              <span className="block text-xs text-muted">{e.email ?? t("unknownEmail")}</span>
            </>
          ),
        },
        { key: "address", header: t("address"), className: "font-mono text-xs", cell: (e) => e.ipAddress || "–" },
        { key: "detail", header: t("detail"), cell: detail },
      ]}
    />
  );
}
