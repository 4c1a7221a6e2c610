import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionComments, ActionFacts, ActionHistory, ActionSteps, ContributionTable, ProgressTimeline } from "@/components/actions/action-detail";
import { ActionStatusBadge } from "@/components/meetings/meeting-badges";
import { CommentForm, ProgressForm, ReviewForm, StatusForm } from "@/components/actions/action-forms";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { loadActionFor } from "@/lib/actions/load";
import { actionCapabilities } from "@/lib/policy";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadActionFor("action.read", params)).action.title };
}

export default async function ActionPage({ params }: { params: Params }) {
  const { user, action } = await loadActionFor("action.read", params);
  const t = await getTranslations("actions.detail");
  const may = actionCapabilities(user, { ownerAgencyId: action.ownerAgencyId, supporterIds: action.supporters.map((s) => s.id), status: action.status });
  return (
    <>
      <PageHeader
        title={action.title}
        description={<ActionStatusBadge status={action.status} />}
        actions={
          may.editPlan ? (
            <ButtonLink variant="secondary" href={`/actions/${action.id}/edit`}>
              {t("editPlan")}
            </ButtonLink>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <ActionFacts action={action} />
          <ActionSteps action={action} canReport={may.report} />
          {may.review ? (
            <Card title={t("review")}>
              <p className="mb-3 text-sm text-muted">{t("reviewHint")}</p>
              <ReviewForm actionId={action.id} version={action.version} />
            </Card>
          ) : null}
          {may.moves.length > 0 ? (
            <Card title={t("status")}>
              <StatusForm actionId={action.id} version={action.version} current={action.status} allowed={may.moves} />
            </Card>
          ) : null}
          <Card title={t("progress")}>
            <ProgressTimeline action={action} />
            {may.report ? (
              <div className="mt-6 border-t border-line pt-4">
                <h3 className="mb-3 font-semibold">{t("report")}</h3>
                <ProgressForm actionId={action.id} targets={action.targets} />
              </div>
            ) : null}
          </Card>
          <Card title={t("comments")}>
            <ActionComments action={action} />
            {may.comment ? (
              <div className="mt-4">
                <CommentForm actionId={action.id} />
              </div>
            ) : null}
          </Card>
          <Card title={t("history")}>
            <ActionHistory action={action} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <ContributionTable action={action} />
        </div>
      </div>
    </>
  );
}
