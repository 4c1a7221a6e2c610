import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { witaParts } from "@/lib/i18n/dates";
import { loadMeetingFor } from "@/lib/meetings/load";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { isLocked } from "@/lib/meetings/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("edit") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { meeting } = await loadMeetingFor("meeting.update", params);
  const t = await getTranslations("meetings");
  if (isLocked(meeting.status)) {
    return (
      <>
        <PageHeader title={meeting.title} />
        <Notice tone="info" label={t("lockedTitle")}>
          {t("lockedBody")}
        </Notice>
      </>
    );
  }
  const options = await meetingFormOptions();
  const start = witaParts(meeting.startsAt);
  return (
    <>
      <PageHeader title={t("edit")} description={meeting.title} />
      <Card>
        <MeetingForm
          series={options.series}
          defaults={{ minuteTakerName: "", minuteTakerPosition: "" }}
          meeting={{
            id: meeting.id,
            version: meeting.version,
            title: meeting.title,
            type: meeting.type,
            date: start.date,
            startTime: start.time,
            endTime: meeting.endsAt ? witaParts(meeting.endsAt).time : "",
            place: meeting.place,
            onlineUrl: meeting.onlineUrl ?? "",
            chairName: meeting.chairName,
            chairPosition: meeting.chairPosition,
            minuteTakerName: meeting.minuteTakerName,
            minuteTakerPosition: meeting.minuteTakerPosition,
            seriesId: meeting.seriesId?.toString() ?? "",
            agenda: meeting.agenda.map((a) => ({ id: a.id, title: a.title })),
          }}
        />
      </Card>
    </>
  );
}
