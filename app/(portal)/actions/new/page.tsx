import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionPlanForm } from "@/components/actions/action-plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { actionFormOptions } from "@/lib/actions/queries";
import { requireAllowed } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions.form"))("newTitle") };
}

export default async function NewActionPage() {
  await requireAllowed("action.create");
  const t = await getTranslations("actions.form");
  const options = await actionFormOptions();
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <Card><ActionPlanForm options={options} /></Card>
    </>
  );
}
