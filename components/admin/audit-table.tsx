import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
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

export async function AuditTable({ events }: { events: AuditEventRow[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const detail = (event: AuditEventRow) => {
    if (!event.detail) return "–";
    if (event.kind === "refused") return <code className="text-xs">{event.detail}</code>;
    return FAILURES.includes(event.detail as (typeof FAILURES)[number]) ? t(`failures.${event.detail as (typeof FAILURES)[number]}`) : event.detail;
  };
  return (
    <ScrollRegion label={t("title")} framed>
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-4 py-2">{t("when")}</th>
            <th scope="col" className="px-4 py-2">{t("kind")}</th>
            <th scope="col" className="px-4 py-2">{t("who")}</th>
            <th scope="col" className="px-4 py-2">{t("address")}</th>
            <th scope="col" className="px-4 py-2">{t("detail")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {events.map((event) => (
            <tr key={event.id}>
              <td className="whitespace-nowrap px-4 py-2">{formatDate(format, event.createdAt, "dateTime")}</td>
              <td className="px-4 py-2"><Badge tone={tones[event.kind]}>{t(`kinds.${event.kind}`)}</Badge></td>
              <td className="px-4 py-2">
                {event.userName ? <span className="block font-medium">{event.userName}</span> : null}
                <span className="block text-xs text-muted">{event.email ?? t("unknownEmail")}</span>
              </td>
              <td className="px-4 py-2 font-mono text-xs">{event.ipAddress || "–"}</td>
              <td className="px-4 py-2">{detail(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
