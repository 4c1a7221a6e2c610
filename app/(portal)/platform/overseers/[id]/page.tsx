import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { GrantsForm } from "@/components/platform/grants-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { getOverseer, regencyChoices } from "@/lib/platform/queries";

type Params = Promise<{ id: string }>;

const load = cache(async (rawId: string) => {
  const user = await requireAllowed("platform.manage");
  const id = parseId(rawId);
  if (id === null) notFound();
  const overseer = await getOverseer({ actor: user, id });
  if (!overseer) notFound();
  return overseer;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load((await params).id)).name };
}

export default async function OverseerPage({ params }: { params: Params }) {
  const overseer = await load((await params).id);
  const t = await getTranslations("platform");
  const roles = await getTranslations("enums.role");
  const regencies = await regencyChoices();
  return (
    <>
      <PageHeader
        title={t("grantsTitle", { name: overseer.name })}
        description={`${roles(overseer.role)} · ${overseer.email}`}
        actions={
          <ButtonLink variant="secondary" href="/platform/overseers">
            {t("back")}
          </ButtonLink>
        }
      />
      <Card>
        <GrantsForm userId={overseer.id} regencies={regencies} granted={overseer.regencyIds} />
      </Card>
    </>
  );
}
