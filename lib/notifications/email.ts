import "server-only";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "@/db/client";
import { env, forgetEnv } from "@/lib/env";
import { actionItems, meetings, notifications, users } from "@/db/schema";
import { noticeEmail } from "./notices";

let transporter: Transporter | null | undefined;

/** The SMTP transport from SMTP_URL (e.g. smtp://user:pass@host:587), or null when none is set. */
function mailer(): Transporter | null {
  if (transporter === undefined) {
    const { SMTP_URL } = env();
    transporter = SMTP_URL ? nodemailer.createTransport(SMTP_URL) : null;
  }
  return transporter;
}

/** For tests: forget the cached transport and configuration so a new SMTP_URL takes effect. */
export function resetMailer(): void {
  transporter = undefined;
  forgetEnv();
}

/**
 * E-mails the given notifications that were not e-mailed yet, each in its recipient's language,
 * and marks them. Without SMTP it does nothing: the in-app inbox still has them.
 *
 * Each notification is claimed before it is sent (emailed_at set where it is still empty, in one
 * statement), so that when two processes reach the same one at once (the reminder run in every
 * server's cron, or a reminder run and the e-mail after a change) only one of them sends it. A
 * failed send gives its claim back and is left for the next run; a process that dies between
 * the claim and the send loses that e-mail (the in-app notice stays).
 */
export async function emailNotifications(db: Database, ids: number[], baseUrl = env().AUTH_URL ?? "http://localhost:3000"): Promise<number> {
  const transport = mailer();
  if (!transport || ids.length === 0) return 0;
  const claimed = await db
    .update(notifications)
    .set({ emailedAt: new Date() })
    .where(
      and(
        inArray(notifications.id, ids),
        isNull(notifications.emailedAt),
        inArray(notifications.userId, db.select({ id: users.id }).from(users).where(eq(users.active, true))),
      ),
    )
    .returning({ id: notifications.id });
  if (claimed.length === 0) return 0;
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      email: users.email,
      name: users.name,
      locale: users.locale,
      actionItemId: notifications.actionItemId,
      meetingId: notifications.meetingId,
      actionTitle: actionItems.title,
      meetingTitle: meetings.title,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(actionItems, eq(actionItems.id, notifications.actionItemId))
    .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
    .where(
      inArray(
        notifications.id,
        claimed.map((c) => c.id),
      ),
    );
  const failed: number[] = [];
  for (const n of rows) {
    const link = n.actionItemId ? `${baseUrl}/actions/${n.actionItemId}` : n.meetingId ? `${baseUrl}/meetings/${n.meetingId}` : baseUrl;
    try {
      await transport.sendMail({
        from: env().SMTP_FROM ?? "Kawal <kawal@localhost>",
        to: `${n.name} <${n.email}>`,
        ...noticeEmail(n.locale, n, n.actionTitle ?? n.meetingTitle, link),
      });
    } catch (error) {
      failed.push(n.id);
      console.error(`E-mail for notification ${n.id} failed`, error);
    }
  }
  if (failed.length > 0) await db.update(notifications).set({ emailedAt: null }).where(inArray(notifications.id, failed));
  return rows.length - failed.length;
}

/** After a change to an action or meeting: e-mails its notifications of the last hour that are not sent yet. */
export async function emailUnsent(db: Database, about: { actionItemId: number } | { meetingId: number }): Promise<number> {
  if (!mailer()) return 0;
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        "actionItemId" in about ? eq(notifications.actionItemId, about.actionItemId) : eq(notifications.meetingId, about.meetingId),
        isNull(notifications.emailedAt),
        gt(notifications.createdAt, new Date(Date.now() - 3_600_000)),
      ),
    );
  return emailNotifications(
    db,
    rows.map((r) => r.id),
  );
}
