import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { getUser } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("new") };
}

export default async function NewMeetingPage() {
  const user = await requireAllowed("meeting.create");
  const t = await getTranslations("meetings");
  const [options, me] = await Promise.all([meetingFormOptions(), getUser(user.id)]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <MeetingForm series={options.series} defaults={{ minuteTakerName: me?.name ?? "", minuteTakerPosition: me?.position ?? "" }} />
      </Card>
    </>
  );
}
