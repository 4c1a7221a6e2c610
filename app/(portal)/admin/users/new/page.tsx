import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { Card, PageHeader } from "@/components/ui/card";
import { agencyOptions } from "@/lib/agencies/queries";
import { requireAllowed } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("new") };
}

export default async function NewUserPage() {
  await requireAllowed("user.manage");
  const t = await getTranslations("admin.users");
  const agencies = await agencyOptions();
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <UserForm agencies={agencies.filter((a) => a.active)} />
      </Card>
    </>
  );
}
