import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/meetings/meeting-list";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireAllowed } from "@/lib/auth/session";
import { listMeetings } from "@/lib/meetings/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireAllowed("meeting.read");
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("meetings");
  const meetings = await listMeetings({ actor: user, page });
  return (
    <>
      <PageHeader title={t("title")} description={t("total", { count: meetings.total })} />
      <MeetingList meetings={meetings.rows} />
      <Pagination basePath="/meetings" page={page} pageSize={meetings.pageSize} total={meetings.total} />
    </>
  );
}
