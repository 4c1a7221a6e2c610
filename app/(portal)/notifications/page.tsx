import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { Pagination } from "@/components/ui/pagination";
import { requireAllowed } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/dates";
import { markNotificationsRead } from "@/lib/notifications/mutations";
import { noticeText } from "@/lib/notifications/notices";
import { listNotifications } from "@/lib/notifications/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireAllowed("notification.read");
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("notifications");
  const kinds = await getTranslations("notifications.kinds");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const list = await listNotifications({ userId: user.id, page });
  const unread = list.rows.some((n) => !n.readAt);
  return (
    <>
      <PageHeader title={t("title")} actions={unread ? <InlineAction action={markNotificationsRead} fields={{ id: "" }} label={t("markAllRead")} /> : null} />
      {list.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white" aria-label={t("title")}>
          {list.rows.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 text-sm ${n.readAt ? "" : "bg-brand-50"}`}>
              <div className="min-w-0 flex-1">
                <p>
                  <Badge tone={n.kind === "returned" || n.kind === "overdue" ? "danger" : n.kind === "verified" ? "success" : "info"}>{kinds(n.kind)}</Badge>
                  {n.readAt ? null : <span className="ml-2 text-xs font-semibold text-brand-700">{t("new")}</span>}
                </p>
                <p className="mt-1">{noticeText(locale, n)}</p>
                {n.actionItemId ? (
                  <Link href={`/actions/${n.actionItemId}`} className="text-xs text-brand-700 hover:underline">
                    {n.actionTitle}
                  </Link>
                ) : null}
                {n.meetingId ? (
                  <Link href={`/meetings/${n.meetingId}`} className="text-xs text-brand-700 hover:underline">
                    {n.meetingTitle}
                  </Link>
                ) : null}
                <p className="text-xs text-muted">{formatDate(format, n.createdAt, "dateTime")} WITA</p>
              </div>
              {n.readAt ? null : <InlineAction action={markNotificationsRead} fields={{ id: n.id }} label={t("markRead")} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/notifications" page={page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
