import type { NotificationKind } from "@/db/schema/enums";
import { intlFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/dates";

/** What each kind of notice carries; dates as YYYY-MM-DD, formatted when the notice is read. */
interface NoticeParams {
  assigned: { title: string; dueDate: string };
  reassigned: { title: string };
  due_soon: { title: string; dueDate: string };
  overdue: { title: string; dueDate: string };
  returned: { title: string; comment: string };
  verified: { title: string };
  minutes_final: { title: string };
  /** A sentence stored before notices had parameters, shown as it was written. */
  legacy: { text: string };
}

export type Notice = { [K in NotificationKind]: { kind: K; params: NoticeParams[K] } }[NotificationKind];

/**
 * A stored notice as a sentence in the reader's language. Parameters come from the database, so
 * a missing one renders empty rather than failing the whole inbox.
 */
export function noticeText(locale: Locale, notice: { kind: NotificationKind; params: Record<string, string> }): string {
  if (notice.kind === "legacy") return notice.params.text ?? "";
  const { t, format } = intlFor(locale);
  const { title = "", dueDate, comment = "" } = notice.params;
  return t(`notifications.text.${notice.kind}`, { title, comment, dueDate: dueDate ? formatDate(format, dueDate) : "" });
}

/** The e-mail for a notice: subject and body in the recipient's language. */
export function noticeEmail(locale: Locale, notice: { kind: NotificationKind; params: Record<string, string> }, about: string | null, link: string) {
  const { t } = intlFor(locale);
  return {
    subject: `[Kawal] ${t(`notifications.subjects.${notice.kind}`)}${about ? `: ${about}` : ""}`,
    text: `${noticeText(locale, notice)}\n\n${link}\n\n${t("notifications.emailFooter")}`,
  };
}
