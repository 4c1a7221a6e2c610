import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionPlanForm } from "@/components/actions/action-plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { actionFormOptions } from "@/lib/actions/queries";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { getCommitmentForPlanning } from "@/lib/meetings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions.form"))("newTitle") };
}

export default async function NewActionPage({ searchParams }: { searchParams: Promise<{ commitment?: string }> }) {
  const user = await requireAllowed("action.create");
  const t = await getTranslations("actions.form");
  const commitmentId = parseId((await searchParams).commitment ?? "");
  const [options, commitment] = await Promise.all([
    actionFormOptions(),
    commitmentId === null ? null : getCommitmentForPlanning({ actor: user, id: commitmentId }),
  ]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={commitment ? t("fromCommitment", { body: commitment.body, meeting: commitment.meetingTitle }) : t("newIntro")}
      />
      <Card>
        <ActionPlanForm
          options={options}
          prefill={
            commitment
              ? {
                  meetingId: commitment.meetingId,
                  commitmentId: commitment.id,
                  title: commitment.body.slice(0, 200),
                  ownerAgencyId: commitment.agencyId,
                  dueDate: commitment.dueDate ?? "",
                  targets: commitment.sectorTargetId === null ? [] : [{ sectorTargetId: commitment.sectorTargetId, expected: commitment.figure }],
                }
              : undefined
          }
        />
      </Card>
    </>
  );
}
