import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ActionPlanForm } from "@/components/actions/action-plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { loadActionFor } from "@/lib/actions/load";
import { actionFormOptions } from "@/lib/actions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions.form"))("editTitle") };
}

export default async function EditActionPage({ params }: { params: Promise<{ id: string }> }) {
  const { action } = await loadActionFor("action.plan", params);
  const t = await getTranslations("actions.form");
  const options = await actionFormOptions({
    ownerAgencyId: action.ownerAgencyId,
    supporterIds: action.supporters.map((s) => s.id),
    assigneeId: action.assigneeId,
    meetingId: action.meetingId,
  });
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        description={
          <Link href={`/actions/${action.id}`} className="text-sm text-brand-700 hover:underline">
            ← {action.title}
          </Link>
        }
      />
      <Card>
        <ActionPlanForm
          options={options}
          needsReason={action.meetingId !== null}
          action={{
            id: action.id,
            version: action.version,
            title: action.title,
            description: action.description,
            ownerAgencyId: action.ownerAgencyId,
            assigneeId: action.assigneeId,
            supporterIds: action.supporters.map((s) => s.id),
            dueDate: action.dueDate,
            priority: action.priority,
            meetingId: action.meetingId,
            commitmentId: action.commitmentId,
            steps: action.steps.map((s) => ({ id: s.id, title: s.title, dueDate: s.dueDate })),
            targets: action.targets.map((x) => ({ sectorTargetId: x.sectorTargetId, expected: x.expected })),
          }}
        />
      </Card>
    </>
  );
}
