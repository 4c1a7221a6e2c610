import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { EndSessionsButton } from "@/components/auth/end-sessions-button";
import { UserForm } from "@/components/admin/user-form";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { agencyOptions } from "@/lib/agencies/queries";
import { requireAllowed } from "@/lib/auth/session";
import { openSessions } from "@/lib/auth/sessions";
import { resetTwoFactorOf } from "@/lib/auth/two-factor/mutations";
import { twoFactorStatus } from "@/lib/auth/two-factor/store";
import { parseId } from "@/lib/ids";
import { endSessionsOf } from "@/lib/users/mutations";
import { getUser } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("edit") };
}

export default async function EditUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  await requireAllowed("user.manage");
  const id = parseId((await params).id);
  const [user, agencies, sessions, twoFactor] = await Promise.all([
    id === null ? null : getUser(id),
    agencyOptions(),
    id === null ? [] : openSessions(id),
    id === null ? null : twoFactorStatus(id),
  ]);
  if (!user) notFound();
  const t = await getTranslations("admin.users");
  const account = await getTranslations("account");
  const tf = await getTranslations("twoFactor");
  const created = (await searchParams).saved === "created";
  return (
    <>
      <PageHeader title={user.name} description={user.email} />
      <div className="space-y-6">
        {created ? (
          <Notice tone="success" label={t("created")}>
            {t("created")}
          </Notice>
        ) : null}
        <Card title={t("edit")}>
          <UserForm user={user} agencies={agencies} />
        </Card>
        <Card title={t("resetPassword")}>
          <ResetPasswordForm userId={user.id} />
        </Card>
        <Card title={account("adminSessionsTitle")}>
          <p className="mb-1 text-sm font-medium">{account("adminSessionsCount", { count: sessions.length })}</p>
          <p className="mb-3 text-sm text-muted">{account("adminSessionsHint")}</p>
          <EndSessionsButton action={endSessionsOf} userId={user.id} label={account("endSessions")} pendingLabel={account("loggingOut")} />
        </Card>
        <Card title={tf("title")}>
          <p className="mb-1 text-sm font-medium" data-testid="user-two-factor">
            {twoFactor?.enrolled ? tf("userOn") : tf("userOff")}
          </p>
          {twoFactor?.enrolled ? (
            <>
              <p className="mb-3 text-sm text-muted">{tf("resetHint")}</p>
              <EndSessionsButton action={resetTwoFactorOf} userId={user.id} label={tf("reset")} pendingLabel={tf("working")} variant="danger" />
            </>
          ) : null}
        </Card>
      </div>
    </>
  );
}
