import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TwoFactorPanel } from "@/components/auth/two-factor-card";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { pendingSecret, twoFactorStatus } from "@/lib/auth/two-factor/store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("requiredPageTitle") };
}

/**
 * Where an account whose role requires a second factor is held until it has one: every other
 * page sends it here (requireUser), and every server action and route handler refuses it.
 */
export default async function TwoFactorEnrolmentPage() {
  const user = await requireUser({ enrolling: true });
  if (!user.mustEnrolTwoFactor) redirect("/account");
  const [t, status, pending] = await Promise.all([getTranslations("twoFactor"), twoFactorStatus(user.id), pendingSecret(user.id)]);
  return (
    <>
      <PageHeader title={t("requiredPageTitle")} description={t("requiredPageIntro")} />
      <Card title={t("title")}>
        <TwoFactorPanel email={user.email} status={status} pending={pending} required demoExempt={false} continueTo="/" />
      </Card>
    </>
  );
}
