import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ActionList } from "@/components/actions/action-list";
import { CommitmentReviewList } from "@/components/commitments/commitment-review-list";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { MeetingList } from "@/components/meetings/meeting-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { PageLoading } from "@/components/ui/page-loading";
import { Pagination } from "@/components/ui/pagination";
import { agencyActionSummary, listVisibleActions } from "@/lib/actions/queries";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/users/queries";
import { listCommitmentsToAgency, listMeetings } from "@/lib/meetings/queries";
import { parsePage } from "@/lib/pagination";
import { landingOf } from "@/lib/policy";
import { loadDashboard } from "@/lib/targets/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

type Search = Promise<{ page?: string }>;

/** The home page summarises: short lists with a link to the full ones, so it stays small at any size of data. */
const HOME_LIST_SIZE = 10;

/** Each role lands on what it works with: meetings, its agency's actions, or commitments to review. */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("home");
  const landing = landingOf(user);
  // Above the regency, home is the roll-up.
  if (landing === "rollup") redirect("/rollup");

  if (landing === "agency") {
    const [summary, actions] = await Promise.all([agencyActionSummary({ actor: user }), listVisibleActions({ actor: user, page, pageSize: HOME_LIST_SIZE })]);
    // Each group: how many, the first few, and a link to all of them in the action list.
    const groups = [
      { id: "overdue", title: t("overdue"), ...summary.overdue, href: "/actions?overdue=1" },
      { id: "due-soon", title: t("dueThisWeek"), ...summary.dueSoon, href: `/actions?dueFrom=${summary.dueSoon.from}&dueTo=${summary.dueSoon.to}` },
      { id: "in-progress", title: t("inProgress"), ...summary.inProgress, href: "/actions?status=in_progress" },
    ].filter((g) => g.total > 0);
    return (
      <>
        <PageHeader title={t("agencyTitle", { agency: user.agencyName ?? "" })} description={t("agencyIntro")} />
        {groups.map((g) => (
          <section key={g.id} aria-labelledby={g.id} className="mb-6">
            <h2 id={g.id} className="mb-3 text-lg font-semibold">
              {g.title} <span className="text-sm font-normal text-muted">({g.total})</span>
            </h2>
            <ActionList actions={g.rows} />
            {g.total > g.rows.length ? (
              <ButtonLink variant="ghost" href={g.href} className="mt-2">
                {t("seeAll", { count: g.total })}
              </ButtonLink>
            ) : null}
          </section>
        ))}
        <section aria-labelledby="agency-actions" className="mb-8">
          <h2 id="agency-actions" className="mb-3 text-lg font-semibold">
            {t("agencyActions")}
          </h2>
          <ActionList actions={actions.rows} empty={t("noAgencyActions")} />
          <Pagination basePath="/" page={page} pageSize={actions.pageSize} total={actions.total} />
        </section>
        <Suspense fallback={<PageLoading />}>
          <RecentMeetings user={user} id="agency-meetings" title={t("agencyMeetings")} />
        </Suspense>
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
    const dashboard = await loadDashboard(user);
    return (
      <>
        {dashboard ? (
          <>
            <PageHeader
              title={t("leaderTitle", { year: dashboard.period.year })}
              description={t("leaderIntro")}
              actions={
                <ButtonLink variant="secondary" href="/dashboard">
                  {t("fullDashboard")}
                </ButtonLink>
              }
            />
            <DashboardView
              data={dashboard.data}
              summary={dashboard.summary}
              period={dashboard.period}
              standing={dashboard.standing}
              mayManageTargets={dashboard.mayManageTargets}
            />
          </>
        ) : null}
        <div className="mt-8">
          <Suspense fallback={<PageLoading />}>
            <RecentMeetings user={user} id="recent-meetings" title={t("meetingsTitle")} />
          </Suspense>
        </div>
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

/**
 * The latest meetings under a home page's main part, streamed on their own (Suspense), so that
 * part does not wait for them.
 */
async function RecentMeetings({ user, id, title }: { user: SessionUser; id: string; title: string }) {
  const t = await getTranslations("home");
  const meetings = await listMeetings({ actor: user, page: 1, pageSize: HOME_LIST_SIZE });
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <MeetingList meetings={meetings.rows} />
      {meetings.total > meetings.rows.length ? (
        <ButtonLink variant="ghost" href="/meetings" className="mt-2">
          {t("allMeetings")}
        </ButtonLink>
      ) : null}
    </section>
  );
}
