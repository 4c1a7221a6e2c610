import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionList } from "@/components/actions/action-list";
import { CommitmentReviewList } from "@/components/commitments/commitment-review-list";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { MeetingList } from "@/components/meetings/meeting-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { agencyActionSummary, listVisibleActions } from "@/lib/actions/queries";
import { requireUser } from "@/lib/auth/session";
import { listCommitmentsToAgency, listMeetings } from "@/lib/meetings/queries";
import { parsePage } from "@/lib/pagination";
import { landingOf } from "@/lib/policy";
import { loadDashboard } from "@/lib/targets/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

type Search = Promise<{ page?: string }>;

/** Each role lands on what it works with: meetings, its agency's actions, or commitments to review. */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("home");
  const landing = landingOf(user);

  if (landing === "agency") {
    const [summary, actions, meetings] = await Promise.all([
      agencyActionSummary({ actor: user }), listVisibleActions({ actor: user, page }), listMeetings({ actor: user, page: 1 }),
    ]);
    const groups = [
      { id: "overdue", title: t("overdue"), rows: summary.overdue },
      { id: "due-soon", title: t("dueThisWeek"), rows: summary.dueSoon },
      { id: "in-progress", title: t("inProgress"), rows: summary.inProgress },
    ].filter((g) => g.rows.length > 0);
    return (
      <>
        <PageHeader title={t("agencyTitle", { agency: user.agencyName ?? "" })} description={t("agencyIntro")} />
        {groups.map((g) => (
          <section key={g.id} aria-labelledby={g.id} className="mb-6">
            <h2 id={g.id} className="mb-3 text-lg font-semibold">{g.title} <span className="text-sm font-normal text-muted">({g.rows.length})</span></h2>
            <ActionList actions={g.rows} />
          </section>
        ))}
        <section aria-labelledby="agency-actions" className="mb-8">
          <h2 id="agency-actions" className="mb-3 text-lg font-semibold">{t("agencyActions")}</h2>
          <ActionList actions={actions.rows} empty={t("noAgencyActions")} />
          <Pagination basePath="/" page={page} pageSize={actions.pageSize} total={actions.total} />
        </section>
        <section aria-labelledby="agency-meetings">
          <h2 id="agency-meetings" className="mb-3 text-lg font-semibold">{t("agencyMeetings")}</h2>
          <MeetingList meetings={meetings.rows} />
          {meetings.total > meetings.rows.length ? <ButtonLink variant="ghost" href="/meetings" className="mt-2">{t("allMeetings")}</ButtonLink> : null}
        </section>
      </>
    );
  }

  if (landing === "review") {
    const commitments = await listCommitmentsToAgency({ actor: user, page });
    return (
      <>
        <PageHeader title={t("reviewerTitle")} description={t("reviewerIntro", { agency: user.agencyName ?? "" })} />
        <CommitmentReviewList commitments={commitments.rows} />
        <Pagination basePath="/" page={page} pageSize={commitments.pageSize} total={commitments.total} />
      </>
    );
  }

  if (landing === "leader") {
    // Leaders land on the dashboard, with the latest meetings under it.
    const [dashboard, meetings] = await Promise.all([loadDashboard(user), listMeetings({ actor: user, page: 1 })]);
    return (
      <>
        {dashboard ? (
          <>
            <PageHeader title={t("leaderTitle", { year: dashboard.period.year })} description={t("leaderIntro")} actions={<ButtonLink variant="secondary" href="/dashboard">{t("fullDashboard")}</ButtonLink>} />
            <DashboardView data={dashboard.data} summary={dashboard.summary} period={dashboard.period} standing={dashboard.standing} mayManageTargets={dashboard.mayManageTargets} />
          </>
        ) : null}
        <section aria-labelledby="recent-meetings" className="mt-8">
          <h2 id="recent-meetings" className="mb-3 text-lg font-semibold">{t("meetingsTitle")}</h2>
          <MeetingList meetings={meetings.rows} />
          {meetings.total > meetings.rows.length ? <ButtonLink variant="ghost" href="/meetings" className="mt-2">{t("allMeetings")}</ButtonLink> : null}
        </section>
      </>
    );
  }

  const meetings = await listMeetings({ actor: user, page });
  return (
    <>
      <PageHeader title={t("meetingsTitle")} description={t("meetingsIntro")} />
      <MeetingList meetings={meetings.rows} />
      <Pagination basePath="/" page={page} pageSize={meetings.pageSize} total={meetings.total} />
    </>
  );
}
