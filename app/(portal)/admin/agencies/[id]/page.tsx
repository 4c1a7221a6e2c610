import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/admin/agency-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getAgency } from "@/lib/agencies/queries";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("edit") };
}

export default async function EditAgencyPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAllowed("agency.manage");
  const id = parseId((await params).id);
  const agency = id === null ? null : await getAgency(id);
  if (!agency) notFound();
  return (
    <>
      <PageHeader title={agency.name} />
      <Card>
        <AgencyForm agency={agency} />
      </Card>
    </>
  );
}
