import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { EndSessionsButton } from "@/components/auth/end-sessions-button";
import { TwoFactorPanel } from "@/components/auth/two-factor-card";
import { Card, PageHeader } from "@/components/ui/card";
import { logoutEverywhere } from "@/lib/auth/account";
import { currentSessionId, requireAllowed } from "@/lib/auth/session";
import { openSessions } from "@/lib/auth/sessions";
import { demoExempt, twoFactorRequired } from "@/lib/auth/two-factor/policy";
import { pendingSecret, twoFactorStatus } from "@/lib/auth/two-factor/store";
import { browserName } from "@/lib/auth/user-agent";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireAllowed("profile.security");
  const [t, twoFactor, format, sessions, current, status, pending] = await Promise.all([
    getTranslations("account"),
    getTranslations("twoFactor"),
    getFormatter(),
    openSessions(user.id),
    currentSessionId(),
    twoFactorStatus(user.id),
    pendingSecret(user.id),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={twoFactor("title")} className="lg:col-span-2">
          <TwoFactorPanel email={user.email} status={status} pending={pending} required={twoFactorRequired(user, env())} demoExempt={demoExempt(user, env())} />
        </Card>
        <Card title={t("passwordTitle")}>
          <ChangePasswordForm email={user.email} />
        </Card>
        <Card title={t("sessionsTitle")}>
          <p className="mb-3 text-sm text-muted">{t("sessionsIntro")}</p>
          {sessions.length === 0 ? (
            <p className="text-sm">{t("noSessions")}</p>
          ) : (
            <ul aria-label={t("sessionsList")} className="mb-4 divide-y divide-line rounded-md border border-line text-sm">
              {sessions.map((s) => (
                <li key={s.id} className="px-3 py-2">
                  <p className="font-medium">
                    {browserName(s.userAgent) ?? t("unknownBrowser")}
                    {s.id === current ? (
                      <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-700">{t("thisSession")}</span>
                    ) : null}
                  </p>
                  <p className="text-xs text-muted">
                    {t("signedInAt", { date: formatDate(format, s.createdAt, "dateTime") })}
                    {s.ipAddress ? ` · ${t("address", { address: s.ipAddress })}` : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p className="mb-3 text-sm text-muted">{t("logoutEverywhereHint")}</p>
          <EndSessionsButton action={logoutEverywhere} label={t("logoutEverywhere")} pendingLabel={t("loggingOut")} variant="danger" />
        </Card>
      </div>
    </>
  );
}
