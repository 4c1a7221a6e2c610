import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/meetings/meeting-badges";
import { AttendanceList, CommitmentsSection, FollowUpTable, MeetingFacts, MinutesSections } from "@/components/meetings/meeting-sections";
import { PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { getMeetingDetail } from "@/lib/meetings/queries";

type Params = Promise<{ id: string }>;

async function load(params: Params) {
  const user = await requireAllowed("meeting.read");
  const id = parseId((await params).id);
  const meeting = id === null ? null : await getMeetingDetail({ actor: user, id });
  if (!meeting) notFound();
  return meeting;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function MeetingPage({ params }: { params: Params }) {
  const meeting = await load(params);
  const t = await getTranslations("meetings");
  return (
    <>
      <PageHeader title={meeting.title} description={<MeetingStatusBadge status={meeting.status} />} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <MeetingFacts meeting={meeting} />
          <MinutesSections meeting={meeting} />
          <CommitmentsSection meeting={meeting} />
          <FollowUpTable meeting={meeting} />
        </div>
        <div className="space-y-6">
          <AttendanceList meeting={meeting} />
          <p className="text-xs text-muted">{t("timesInWita")}</p>
        </div>
      </div>
    </>
  );
}
