import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/admin/agency-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("new") };
}

export default async function NewAgencyPage() {
  await requireAllowed("agency.manage");
  const t = await getTranslations("admin.agencies");
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <AgencyForm />
      </Card>
    </>
  );
}
