import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingFiltersForm } from "@/components/meetings/meeting-filters";
import { MeetingList } from "@/components/meetings/meeting-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/authz";
import { requireAllowed } from "@/lib/auth/session";
import { filterParams, parseMeetingFilters } from "@/lib/meetings/filters";
import { listMeetings, meetingFormOptions } from "@/lib/meetings/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAllowed("meeting.read");
  const search = await searchParams;
  const page = parsePage(search.page);
  const filters = parseMeetingFilters(search);
  const t = await getTranslations("meetings");
  const layout = await getTranslations("layout");
  const filtered = Object.values(filterParams(filters)).some(Boolean);
  const [meetings, options] = await Promise.all([listMeetings({ actor: user, page, filters }), meetingFormOptions()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={filtered ? layout("matchCount", { count: meetings.total }) : t("total", { count: meetings.total })}
        actions={can(user, "meeting.create") ? <ButtonLink href="/meetings/new">{t("new")}</ButtonLink> : null}
      />
      <MeetingFiltersForm filters={filters} series={options.series} agencies={options.agencies} />
      <MeetingList
        meetings={meetings.rows}
        clearFiltersHref={filtered ? "/meetings" : undefined}
        pagination={<Pagination basePath="/meetings" page={page} pageSize={meetings.pageSize} total={meetings.total} params={filterParams(filters)} />}
      />
    </>
  );
}
